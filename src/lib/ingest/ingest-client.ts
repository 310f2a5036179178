/**
 * The page's handle on one ingest worker: read, check and build, one request at a time, with
 * progress; `cancel()` terminates the worker (the file is dropped, nothing was loaded). Browser
 * only.
 */
import { IngestError } from './errors';
import type { CheckSummary, IngestReply, IngestRequest } from './ingest-protocol';
import type { ReadSummary } from './pipeline';

export class IngestCancelled extends Error {
	constructor() {
		super('The file was not read: reading was stopped.');
		this.name = 'IngestCancelled';
	}
}

type Settle = { resolve(reply: IngestReply): void; reject(error: Error): void };

export class IngestClient {
	readonly #worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' });
	#pending: Settle | null = null;

	constructor(private readonly onProgress: (done: number, total: number) => void = () => {}) {
		this.#worker.onmessage = (event: MessageEvent<IngestReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') return this.onProgress(reply.done, reply.total);
			const pending = this.#pending;
			this.#pending = null;
			if (reply.type === 'error') pending?.reject(new IngestError(reply.code, reply.params));
			else if (reply.type === 'crash') {
				pending?.reject(new IngestError('read-failed', { detail: reply.message }));
			} else pending?.resolve(reply);
		};
		this.#worker.onerror = (event) => {
			const pending = this.#pending;
			this.#pending = null;
			pending?.reject(new IngestError('read-failed', { detail: event.message || 'worker failed' }));
		};
	}

	#ask<T extends IngestReply['type']>(request: IngestRequest, want: T) {
		return new Promise<Extract<IngestReply, { type: T }>>((resolve, reject) => {
			this.#pending = {
				resolve: (reply) =>
					reply.type === want
						? resolve(reply as Extract<IngestReply, { type: T }>)
						: reject(new Error(`unexpected reply ${reply.type}`)),
				reject
			};
			this.#worker.postMessage(request);
		});
	}

	read(
		file: Blob,
		name: string,
		sheet?: string
	): Promise<{ summary: ReadSummary; sha256: string }> {
		return this.#ask({ type: 'read', file, name, sheet }, 'read');
	}

	async check(
		request: Omit<Extract<IngestRequest, { type: 'check' }>, 'type'>
	): Promise<CheckSummary> {
		return (await this.#ask({ type: 'check', ...request }, 'checked')).checked;
	}

	async arrow(): Promise<Uint8Array> {
		return (await this.#ask({ type: 'arrow' }, 'arrow')).ipc;
	}

	/** Stops whatever the worker is doing and ends it. */
	cancel(): void {
		this.#worker.terminate();
		const pending = this.#pending;
		this.#pending = null;
		pending?.reject(new IngestCancelled());
	}
}
