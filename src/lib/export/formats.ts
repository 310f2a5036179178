/**
 * Writes an export in each format, provenance included, from the query's Arrow columns: CSV
 * (UTF-8 with BOM, so Excel reads Chinese) with a sidecar `.provenance.json`; XLSX with a
 * `provenance` sheet (write-excel-file); Parquet with key-value metadata (parquet-wasm); Arrow IPC
 * file with schema metadata; JSON as { provenance, rows }. Text cells are spreadsheet-safe unless
 * the caller asks for `raw` (text-cells.ts). Pure: bytes in, files out; runs in the export worker.
 */
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { exportTable } from './table';
import { provenanceEntries, type Provenance } from './provenance';
import { writeCsv } from './csv-writer';
import { writeJson } from './json-writer';
import { writeParquetBytes } from './parquet-writer';
import type { TextPolicy } from './text-cells';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'parquet', 'arrow', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows a worksheet holds, the header row included (Excel's limit since 2007). */
export const XLSX_MAX_ROWS = 1_048_576;

export interface ExportFile {
	readonly name: string;
	readonly type: string;
	readonly bytes: Uint8Array;
}

export interface ExportOptions {
	readonly textCells?: TextPolicy;
	/** Rows written so far of all; called a few times per export. */
	readonly onProgress?: (done: number, total: number) => void;
}

/** An export that cannot be written as asked (nothing was written). */
export class ExportLimitError extends Error {
	constructor(
		readonly code: 'xlsx-too-many-rows',
		readonly params: Readonly<Record<string, number>>
	) {
		super(`${code}: ${JSON.stringify(params)}`);
		this.name = 'ExportLimitError';
	}
}

/** Refuses, before any work, an export a format cannot hold. */
export function assertFits(format: ExportFormat, rows: number): void {
	if (format === 'xlsx' && rows + 1 > XLSX_MAX_ROWS) {
		throw new ExportLimitError('xlsx-too-many-rows', { rows, limit: XLSX_MAX_ROWS - 1 });
	}
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2) + '\n');

async function xlsx(ipc: Uint8Array, base: string, p: Provenance): Promise<ExportFile[]> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const t = exportTable(ipc);
	const header = t.fields.map((f) => ({ value: f.name, fontWeight: 'bold' as const }));
	const data = [header as unknown[]];
	for (let i = 0; i < t.numRows; i++) {
		data.push(
			t.fields.map((f, j) => {
				const v = t.columns[j]![i] ?? null;
				if (v === null) return null;
				if (f.kind === 'date')
					return { value: new Date(`${v}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
				return v;
			})
		);
	}
	const meta = provenanceEntries(p).map(([k, v]) => [{ value: k, fontWeight: 'bold' as const }, v]);
	const blob = await writeXlsxFile([
		{ data: data as never, sheet: 'data' },
		{ data: meta as never, sheet: 'provenance', columns: [{ width: 16 }, { width: 100 }] }
	]).toBlob();
	return [
		{
			name: `${base}.xlsx`,
			type: blob.type || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			bytes: new Uint8Array(await blob.arrayBuffer())
		}
	];
}

function arrow(ipc: Uint8Array, base: string, p: Provenance): ExportFile[] {
	const table = tableFromIPC(ipc);
	for (const [k, v] of provenanceEntries(p)) table.schema.metadata.set(`pilot_atlas.${k}`, v);
	return [
		{
			name: `${base}.arrow`,
			type: 'application/vnd.apache.arrow.file',
			bytes: tableToIPC(table, 'file')
		}
	];
}

/** The files of one export: the data file, plus the provenance sidecar for CSV. */
export async function writeExport(
	format: ExportFormat,
	ipc: Uint8Array,
	base: string,
	p: Provenance,
	options: ExportOptions = {}
): Promise<ExportFile[]> {
	const policy = options.textCells ?? 'safe';
	const progress = options.onProgress ?? (() => {});
	if (format === 'arrow') return arrow(ipc, base, p);
	if (format === 'parquet') {
		const entries = provenanceEntries(p).map(
			([k, v]) => [`pilot_atlas.${k}`, v] as [string, string]
		);
		const bytes = await writeParquetBytes(ipc, entries);
		return [{ name: `${base}.parquet`, type: 'application/vnd.apache.parquet', bytes }];
	}
	const table = tableFromIPC(ipc);
	assertFits(format, table.numRows);
	if (format === 'xlsx') return xlsx(ipc, base, p);
	if (format === 'csv') {
		return [
			{
				name: `${base}.csv`,
				type: 'text/csv;charset=utf-8',
				bytes: writeCsv(table, policy, progress)
			},
			{ name: `${base}.provenance.json`, type: 'application/json', bytes: json(p) }
		];
	}
	return [
		{
			name: `${base}.json`,
			type: 'application/json',
			bytes: writeJson(table, p, policy, progress)
		}
	];
}
