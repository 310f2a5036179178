/**
 * Bounded concurrency with a bounded queue: at most `active` jobs run, at most `queued` wait (in
 * arrival order), and a job that waited longer than `waitMs` gives up. Beyond the queue a job is
 * refused at once, so a burst costs the server nothing and earlier clients keep being answered.
 */

export type Refusal = 'busy' | 'waited-too-long' | 'closed';

/** Why a job was not run: the queue was full, it waited too long, or the server is stopping. */
export class LimitError extends Error {
	constructor(readonly reason: Refusal) {
		super(reason);
		this.name = 'LimitError';
	}
}

export interface LimiterOptions {
	readonly active: number;
	readonly queued: number;
	readonly waitMs: number;
}

interface Waiter {
	readonly start: () => void;
	readonly refuse: (e: LimitError) => void;
	timer: ReturnType<typeof setTimeout> | null;
}

export class Limiter {
	readonly #options: LimiterOptions;
	#running = 0;
	#closed = false;
	readonly #waiting: Waiter[] = [];

	constructor(options: LimiterOptions) {
		this.#options = options;
	}

	get running(): number {
		return this.#running;
	}

	get waiting(): number {
		return this.#waiting.length;
	}

	/** Runs `job` when a slot is free; refuses with a LimitError when it cannot. */
	async run<T>(job: () => Promise<T>): Promise<T> {
		await this.#acquire();
		try {
			return await job();
		} finally {
			this.#release();
		}
	}

	/** Refuses everything waiting and anything new. */
	close(): void {
		this.#closed = true;
		for (const w of this.#waiting.splice(0)) {
			if (w.timer) clearTimeout(w.timer);
			w.refuse(new LimitError('closed'));
		}
	}

	#acquire(): Promise<void> {
		if (this.#closed) return Promise.reject(new LimitError('closed'));
		if (this.#running < this.#options.active) {
			this.#running++;
			return Promise.resolve();
		}
		if (this.#waiting.length >= this.#options.queued) {
			return Promise.reject(new LimitError('busy'));
		}
		return new Promise((resolve, reject) => {
			const waiter: Waiter = { start: resolve, refuse: reject, timer: null };
			waiter.timer = setTimeout(() => {
				const i = this.#waiting.indexOf(waiter);
				if (i >= 0) this.#waiting.splice(i, 1);
				reject(new LimitError('waited-too-long'));
			}, this.#options.waitMs);
			this.#waiting.push(waiter);
		});
	}

	#release(): void {
		const next = this.#waiting.shift();
		if (!next) {
			this.#running--;
			return;
		}
		if (next.timer) clearTimeout(next.timer);
		next.start(); // the slot passes straight to the next job
	}
}
