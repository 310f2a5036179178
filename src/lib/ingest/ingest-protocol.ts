/** Messages between the page and the ingest worker (which holds the file's rows). */
import type { ErrorParams, FileErrorCode } from './errors';
import type { Mapping } from './mapping';
import type { Checked, Proposal, ReadSummary } from './pipeline';
import type { IngestReference } from './reference';
import type { NationalScale } from './scale-check';

export type IngestRequest =
	| { readonly type: 'read'; readonly file: Blob; readonly name: string; readonly sheet?: string }
	| {
			readonly type: 'check';
			readonly proposal: Proposal;
			readonly mapping: Mapping;
			readonly reference: IngestReference;
			readonly national: NationalScale;
	  }
	| { readonly type: 'arrow' };

/** A check as the page holds it: everything but the converted columns (they stay in the worker). */
export type CheckSummary = Omit<Checked, 'columns'>;

export type IngestReply =
	| { readonly type: 'progress'; readonly done: number; readonly total: number }
	| { readonly type: 'read'; readonly summary: ReadSummary; readonly sha256: string }
	| { readonly type: 'checked'; readonly checked: CheckSummary }
	| { readonly type: 'arrow'; readonly ipc: Uint8Array }
	| { readonly type: 'error'; readonly code: FileErrorCode; readonly params: ErrorParams }
	| { readonly type: 'crash'; readonly message: string };
