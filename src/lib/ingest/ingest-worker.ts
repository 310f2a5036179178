/// <reference lib="webworker" />
/**
 * The ingest worker: reads the analyst's file (streamed for workbooks), checks every row and
 * builds the Arrow table to load, off the page's thread. The rows never cross to the page; it
 * gets a summary, the check's report and, at the end, the Arrow IPC bytes. Cancelling is
 * terminating this worker: nothing it held was loaded.
 */
import { tableToStreamBytes } from '../data/arrow-table';
import { IngestError } from './errors';
import type { IngestReply, IngestRequest } from './ingest-protocol';
import { check, summarise, toArrow, type Checked, type Proposal } from './pipeline';
import { readGrid, type ReadFile } from './readers';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: IngestReply, transfer: Transferable[] = []) =>
	scope.postMessage(reply, transfer);

let read: ReadFile | null = null;
let checked: { proposal: Proposal; result: Checked } | null = null;

async function sha256Hex(file: Blob): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function handle(request: IngestRequest): Promise<void> {
	if (request.type === 'read') {
		read = checked = null;
		let last = 0;
		read = await readGrid(request.name, request.file, {
			sheet: request.sheet,
			onProgress: (done, total) => {
				const now = performance.now();
				if (now - last > 100) {
					post({ type: 'progress', done, total });
					last = now;
				}
			}
		});
		post({ type: 'read', summary: summarise(read), sha256: await sha256Hex(request.file) });
	} else if (request.type === 'check') {
		if (!read) throw new Error('No file has been read.');
		const result = check(
			read,
			request.proposal,
			request.mapping,
			request.reference,
			request.national
		);
		checked = { proposal: request.proposal, result };
		const { columns: _columns, ...summary } = result;
		void _columns;
		post({ type: 'checked', checked: summary });
	} else {
		if (!checked) throw new Error('The rows have not been checked.');
		const ipc = tableToStreamBytes(toArrow(checked.proposal.spec, checked.result));
		post({ type: 'arrow', ipc }, [ipc.buffer as ArrayBuffer]);
	}
}

scope.onmessage = async (event: MessageEvent<IngestRequest>) => {
	try {
		await handle(event.data);
	} catch (error) {
		if (error instanceof IngestError)
			post({ type: 'error', code: error.code, params: error.params });
		else post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
	}
};
