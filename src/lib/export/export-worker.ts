/// <reference lib="webworker" />
/**
 * The export worker: writes one export off the main thread and reports its progress. Cancelling
 * terminates the worker, so a cancelled export leaves no file and no half-written bytes behind.
 */
import { ExportLimitError, writeExport } from './formats';
import type { ExportRequest, ExportReply } from './export-protocol';

const post = (reply: ExportReply, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
	const { format, ipc, base, provenance, textCells } = event.data;
	try {
		let last = 0;
		const files = await writeExport(format, ipc, base, provenance, {
			textCells,
			onProgress: (done, total) => {
				const now = performance.now();
				if (now - last < 100 && done < total) return;
				last = now;
				post({ type: 'progress', done, total });
			}
		});
		post(
			{ type: 'done', files },
			files.map((f) => f.bytes.buffer as ArrayBuffer)
		);
	} catch (error) {
		post(
			error instanceof ExportLimitError
				? { type: 'error', code: error.code, params: error.params, message: error.message }
				: { type: 'error', message: error instanceof Error ? error.message : String(error) }
		);
	}
};
