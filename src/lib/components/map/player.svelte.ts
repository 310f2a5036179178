/**
 * Plays the expansion: a fractional month position advanced on every animation frame (the view
 * interpolates; nothing is queried). Reports each new whole month so the URL can follow, measures
 * the frame rate, and does not run when the user asks for reduced motion.
 */
import { MediaQuery } from 'svelte/reactivity';

export class Player {
	position = $state(0);
	playing = $state(false);
	/** Frames per second over the last full second of playback (null before one). */
	fps = $state<number | null>(null);
	readonly reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)');

	readonly #monthsPerSecond: number;
	readonly #onMonth: (index: number) => void;
	readonly #onStop: (index: number) => void;
	#last = 0;
	#raf = 0;
	#prev: number | null = null;
	#windowStart = 0;
	#frames = 0;

	/** `onMonth` on each new whole month while playing; `onStop` with the month it stopped on. */
	constructor(options: {
		monthsPerSecond: number;
		onMonth: (index: number) => void;
		onStop: (index: number) => void;
	}) {
		this.#monthsPerSecond = options.monthsPerSecond;
		this.#onMonth = options.onMonth;
		this.#onStop = options.onStop;
	}

	/** Plays from month index `start` (from the first month when already at the end). */
	play(start: number, last: number): void {
		if (this.reducedMotion.current || this.playing || last <= 0) return;
		this.#last = last;
		this.position = start >= last ? 0 : start;
		if (start >= last) this.#onMonth(0);
		this.playing = true;
		this.#prev = null;
		this.#raf = requestAnimationFrame(this.#tick);
	}

	pause(): void {
		if (!this.playing) return;
		this.playing = false;
		cancelAnimationFrame(this.#raf);
		this.#onStop(Math.floor(this.position));
	}

	#tick = (now: number) => {
		if (!this.playing) return;
		if (this.reducedMotion.current) return this.pause();
		if (this.#prev === null) {
			this.#windowStart = now;
			this.#frames = 0;
		} else {
			// A long stall (background tab) must not jump years ahead.
			const dt = Math.min(0.1, (now - this.#prev) / 1000);
			const before = Math.floor(this.position);
			this.position = Math.min(this.#last, this.position + dt * this.#monthsPerSecond);
			const after = Math.floor(this.position);
			if (after !== before) this.#onMonth(after);
			this.#frames += 1;
			if (now - this.#windowStart >= 1000) {
				this.fps = Math.round((this.#frames * 1000) / (now - this.#windowStart));
				this.#windowStart = now;
				this.#frames = 0;
			}
		}
		this.#prev = now;
		if (this.position >= this.#last) return this.pause();
		this.#raf = requestAnimationFrame(this.#tick);
	};
}
