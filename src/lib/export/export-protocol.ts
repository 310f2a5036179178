/** Messages between the page and the export worker. */
import type { ExportFile, ExportFormat } from './formats';
import type { Provenance } from './provenance';
import type { TextPolicy } from './text-cells';

export interface ExportRequest {
	readonly format: ExportFormat;
	/** Arrow IPC stream bytes of the rows (transferred, not copied). */
	readonly ipc: Uint8Array;
	readonly base: string;
	readonly provenance: Provenance;
	readonly textCells: TextPolicy;
}

export type ExportReply =
	| { readonly type: 'progress'; readonly done: number; readonly total: number }
	| { readonly type: 'done'; readonly files: readonly ExportFile[] }
	| {
			readonly type: 'error';
			readonly message: string;
			readonly code?: string;
			readonly params?: Readonly<Record<string, number>>;
	  };
