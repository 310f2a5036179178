/**
 * The life of the engine's worker, as the page can know it. A terminated or crashed worker never
 * answers again, so every call into it is raced against its death, and a watchdog pings it: a
 * worker that does not answer a ping in time is declared dead (pure: timers and the ping are given).
 */
import { DataError } from './errors';

export interface Lifeline {
	readonly dead: boolean;
	readonly reason: string | null;
	/** Resolves with the reason once the worker is declared dead. */
	readonly died: Promise<string>;
	declareDead(reason: string): void;
	/** `work`, or a DataError as soon as the worker dies (a dead worker's promises never settle). */
	guard<T>(work: Promise<T>): Promise<T>;
}

/** A new lifeline for one worker. */
export function lifeline(): Lifeline {
	let resolveDied!: (reason: string) => void;
	const died = new Promise<string>((resolve) => (resolveDied = resolve));
	const state = { dead: false, reason: null as string | null };
	return {
		get dead() {
			return state.dead;
		},
		get reason() {
			return state.reason;
		},
		died,
		declareDead(reason) {
			if (state.dead) return;
			state.dead = true;
			state.reason = reason;
			resolveDied(reason);
		},
		guard(work) {
			if (state.dead) return Promise.reject(stopped(state.reason ?? ''));
			return Promise.race([
				work,
				died.then((reason): never => {
					throw stopped(reason);
				})
			]);
		}
	};
}

function stopped(reason: string): DataError {
	return new DataError('The data engine stopped before answering.', reason);
}

export interface WatchOptions {
	/** Time between pings (ms). */
	intervalMs: number;
	/** A ping unanswered this long means the worker is dead (ms). Generous: a long query delays it. */
	timeoutMs: number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
}

/** Pings the worker every `intervalMs`; declares it dead when a ping goes unanswered. */
export function watch(
	life: Lifeline,
	ping: () => Promise<unknown>,
	{
		intervalMs,
		timeoutMs,
		setTimer = (fn, ms) => setTimeout(fn, ms),
		clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
	}: WatchOptions
): () => void {
	let stopped = false;
	let handle: unknown = null;
	const schedule = () => {
		if (!stopped && !life.dead) handle = setTimer(beat, intervalMs);
	};
	const beat = () => {
		let answered = false;
		const deadline = setTimer(() => {
			if (!answered && !stopped) life.declareDead(`no answer for ${timeoutMs / 1000} s`);
		}, timeoutMs);
		ping().then(
			() => {
				answered = true;
				clearTimer(deadline);
				schedule();
			},
			(error: unknown) => {
				answered = true;
				clearTimer(deadline);
				if (!stopped) life.declareDead(error instanceof Error ? error.message : String(error));
			}
		);
	};
	schedule();
	return () => {
		stopped = true;
		if (handle !== null) clearTimer(handle);
	};
}
