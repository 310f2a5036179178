/** What an export is made from: the rows as Arrow, and what produced them. */
import type { SqlParam } from '../db/connector';

export interface ExportSource {
	readonly ipc: Uint8Array;
	readonly rows: number;
	/** Short name of the contents: a table name, or 'query-<hash>'. */
	readonly contents: string;
	/** The filters as URL parameters (what a shared link would carry). */
	readonly filters: Readonly<Record<string, string>>;
	readonly sql: string;
	readonly params: readonly SqlParam[];
	/** The modelled tables the rows come from (their provenance goes into the export). */
	readonly tables: readonly string[];
}
