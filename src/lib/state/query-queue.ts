/**
 * The queue between the views and the engine. The engine answers one statement at a time, so
 * statements wait here rather than in the worker: one whose every asker has moved on (a newer
 * filter state) is dropped before it runs. Equal questions share one answer (memoised by key).
 */
import type { QuerySpec, Row } from '../db/connector';

/** Why a dropped request's promise rejects (its askers ignore it: they asked something newer). */
export class Superseded extends Error {
	constructor() {
		super('superseded by a newer query');
		this.name = 'Superseded';
	}
}

/** A request's answer, and the call that says its asker no longer needs it. */
export interface Lease<T> {
	readonly promise: Promise<T[]>;
	release(): void;
}

/** Counters for the benchmark's "no work done twice" checks. */
export interface QueueStats {
	/** Statements handed to the engine. */
	sent: number;
	/** Requests answered by an earlier equal request (running or done). */
	shared: number;
	/** Statements dropped before they ran: every asker had moved on. */
	dropped: number;
}

interface Job {
	readonly key: string;
	readonly query: QuerySpec;
	readonly promise: Promise<Row[]>;
	resolve(rows: Row[]): void;
	reject(error: unknown): void;
	askers: number;
	state: 'queued' | 'running' | 'done';
}

const CACHE_LIMIT = 200;

export class QueryQueue {
	readonly stats: QueueStats = { sent: 0, shared: 0, dropped: 0 };
	readonly #run: (query: QuerySpec) => Promise<Row[]>;
	readonly #jobs = new Map<string, Job>();
	readonly #waiting: Job[] = [];
	#running = 0;
	readonly #concurrency: number;

	/** Statements sent, in order, when the queue was asked to keep them (benchmark only). */
	readonly sentLog: QuerySpec[] | null;

	/** `run` sends one statement to the engine; at most `concurrency` are out at once. */
	constructor(
		run: (query: QuerySpec) => Promise<Row[]>,
		{ concurrency = 1, keepLog = false }: { concurrency?: number; keepLog?: boolean } = {}
	) {
		this.#run = run;
		this.#concurrency = concurrency;
		this.sentLog = keepLog ? [] : null;
	}

	/** The answer to `query` (under `key`), shared with every equal request. */
	request<T = Row>(key: string, query: QuerySpec): Lease<T> {
		let job = this.#jobs.get(key);
		if (job) this.stats.shared++;
		else job = this.#enqueue(key, query);
		const held = job;
		held.askers++;
		let released = false;
		return {
			promise: held.promise as Promise<T[]>,
			release: () => {
				if (released) return;
				released = true;
				held.askers--;
				if (held.askers === 0 && held.state === 'queued') this.#drop(held);
			}
		};
	}

	/** Forgets every answer (the data changed); statements already out still settle. */
	clear(): void {
		for (const job of this.#waiting.splice(0)) {
			this.#jobs.delete(job.key);
			job.reject(new Superseded());
		}
		this.#jobs.clear();
	}

	#enqueue(key: string, query: QuerySpec): Job {
		let resolve!: (rows: Row[]) => void;
		let reject!: (error: unknown) => void;
		const promise = new Promise<Row[]>((res, rej) => {
			resolve = res;
			reject = rej;
		});
		promise.catch(() => {}); // a dropped job may have no listener left
		const job: Job = { key, query, promise, resolve, reject, askers: 0, state: 'queued' };
		if (this.#jobs.size >= CACHE_LIMIT) this.#evictOne();
		this.#jobs.set(key, job);
		this.#waiting.push(job);
		queueMicrotask(() => this.#pump());
		return job;
	}

	#drop(job: Job): void {
		const i = this.#waiting.indexOf(job);
		if (i >= 0) this.#waiting.splice(i, 1);
		if (this.#jobs.get(job.key) === job) this.#jobs.delete(job.key);
		this.stats.dropped++;
		job.reject(new Superseded());
	}

	#pump(): void {
		while (this.#running < this.#concurrency && this.#waiting.length > 0) {
			const job = this.#waiting.shift()!;
			job.state = 'running';
			this.#running++;
			this.stats.sent++;
			this.sentLog?.push({ sql: job.query.sql, params: job.query.params });
			this.#run(job.query)
				.then(
					(rows) => {
						job.state = 'done';
						job.resolve(rows);
					},
					(error: unknown) => {
						job.state = 'done';
						if (this.#jobs.get(job.key) === job) this.#jobs.delete(job.key); // ask again
						job.reject(error);
					}
				)
				.finally(() => {
					this.#running--;
					this.#pump();
				});
		}
	}

	#evictOne(): void {
		for (const [key, job] of this.#jobs) {
			if (job.state === 'done') {
				this.#jobs.delete(key);
				return;
			}
		}
	}
}
