/**
 * Writes an export in each format, provenance included: CSV (UTF-8 with BOM, so Excel reads
 * Chinese) with a sidecar `.provenance.json`; XLSX with a `provenance` sheet (write-excel-file);
 * Parquet with key-value metadata (hyparquet-writer); Arrow IPC file with schema metadata; JSON
 * as { provenance, rows }. Pure: bytes in, files out; the page triggers the downloads.
 */
import { csvFormatRows } from 'd3';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { exportTable, rowObject, type ExportTable } from './table';
import { provenanceEntries, type Provenance } from './provenance';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'parquet', 'arrow', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
	readonly name: string;
	readonly type: string;
	readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2) + '\n');

function csv(t: ExportTable, base: string, p: Provenance): ExportFile[] {
	const rows: string[][] = [t.fields.map((f) => f.name)];
	for (let i = 0; i < t.numRows; i++) {
		rows.push(t.columns.map((c) => (c[i] === null ? '' : String(c[i]))));
	}
	return [
		{
			name: `${base}.csv`,
			type: 'text/csv;charset=utf-8',
			bytes: encoder.encode('\uFEFF' + csvFormatRows(rows) + '\n')
		},
		{ name: `${base}.provenance.json`, type: 'application/json', bytes: json(p) }
	];
}

async function xlsx(t: ExportTable, base: string, p: Provenance): Promise<ExportFile[]> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
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

async function parquet(t: ExportTable, base: string, p: Provenance): Promise<ExportFile[]> {
	const { parquetWriteBuffer, schemaFromColumnData } = await import('hyparquet-writer');
	const TYPES = {
		string: 'STRING',
		number: 'DOUBLE',
		integer: 'INT32',
		boolean: 'BOOLEAN'
	} as const;
	const columnData = t.fields.map((f, j) => {
		const values = t.columns[j]!;
		if (f.kind === 'date')
			return {
				name: f.name,
				data: values.map((v) => (v === null ? null : new Date(`${v}T00:00:00Z`)))
			};
		const big =
			f.kind === 'integer' &&
			values.some((v) => typeof v === 'number' && Math.abs(v) > 2 ** 31 - 1);
		return {
			name: f.name,
			data: [...values],
			type: big ? ('DOUBLE' as const) : TYPES[f.kind],
			nullable: true
		};
	});
	const overrides = Object.fromEntries(
		t.fields
			.filter((f) => f.kind === 'date')
			.map((f) => [
				f.name,
				{
					name: f.name,
					type: 'INT32' as const,
					converted_type: 'DATE' as const,
					repetition_type: 'OPTIONAL' as const
				}
			])
	);
	const schema = schemaFromColumnData({ columnData, schemaOverrides: overrides });
	const buffer = parquetWriteBuffer({
		columnData: columnData.map(({ name, data }) => ({ name, data })),
		schema,
		kvMetadata: provenanceEntries(p).map(([key, value]) => ({ key: `pilot_atlas.${key}`, value }))
	});
	return [
		{
			name: `${base}.parquet`,
			type: 'application/vnd.apache.parquet',
			bytes: new Uint8Array(buffer)
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

function jsonFile(t: ExportTable, base: string, p: Provenance): ExportFile[] {
	const rows = Array.from({ length: t.numRows }, (_, i) => rowObject(t, i));
	return [{ name: `${base}.json`, type: 'application/json', bytes: json({ provenance: p, rows }) }];
}

/** The files of one export: the data file, plus the provenance sidecar for CSV. */
export async function writeExport(
	format: ExportFormat,
	ipc: Uint8Array,
	base: string,
	p: Provenance
): Promise<ExportFile[]> {
	if (format === 'arrow') return arrow(ipc, base, p);
	const t = exportTable(ipc);
	if (format === 'csv') return csv(t, base, p);
	if (format === 'xlsx') return xlsx(t, base, p);
	if (format === 'parquet') return parquet(t, base, p);
	return jsonFile(t, base, p);
}
