/**
 * Runs one export in its own worker: progress as it goes, cancel at any time (the worker is
 * terminated and nothing is saved). Browser only.
 */
import type { ExportFile } from './formats';
import type { ExportReply, ExportRequest } from './export-protocol';

export class ExportCancelled extends Error {
	constructor() {
		super('The export was cancelled.');
		this.name = 'ExportCancelled';
	}
}

/** A failure the worker reported, with its code when it is a known limit. */
export class ExportFailed extends Error {
	constructor(
		message: string,
		readonly code?: string,
		readonly params?: Readonly<Record<string, number>>
	) {
		super(message);
		this.name = 'ExportFailed';
	}
}

export interface RunningExport {
	readonly files: Promise<readonly ExportFile[]>;
	cancel(): void;
}

/** Starts an export; `onProgress` gets rows written so far and all rows. */
export function startExport(
	request: ExportRequest,
	onProgress: (done: number, total: number) => void = () => {}
): RunningExport {
	const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
	let settle: { resolve(f: readonly ExportFile[]): void; reject(e: Error): void } | null = null;
	const files = new Promise<readonly ExportFile[]>((resolve, reject) => {
		settle = { resolve, reject };
	});
	const finish = (outcome: () => void) => {
		worker.terminate();
		outcome();
		settle = null;
	};
	worker.onmessage = (event: MessageEvent<ExportReply>) => {
		const reply = event.data;
		if (reply.type === 'progress') onProgress(reply.done, reply.total);
		else if (reply.type === 'done') finish(() => settle?.resolve(reply.files));
		else finish(() => settle?.reject(new ExportFailed(reply.message, reply.code, reply.params)));
	};
	worker.onerror = (event) =>
		finish(() => settle?.reject(new ExportFailed(event.message || 'The export worker failed.')));
	worker.postMessage(request, [request.ipc.buffer as ArrayBuffer]);
	return {
		files,
		cancel: () => finish(() => settle?.reject(new ExportCancelled()))
	};
}
