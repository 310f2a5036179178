/**
 * Export serialisers for the benchmark, until the workbench's export module is on main: CSV with
 * d3-dsv (as the app formats CSV) and Parquet with hyparquet-writer (the library the workbench
 * chose), both from a DuckDB Arrow result.
 */
import { csvFormatRows } from 'd3';
import { parquetWriteBuffer, schemaFromColumnData } from 'hyparquet-writer';
import type { ColumnSource, SchemaElement } from 'hyparquet-writer';
import type { Table } from 'apache-arrow';

const DAY_MS = 86_400_000;

function columns(table: Table): { name: string; values: unknown[] }[] {
	return table.schema.fields.map((f) => {
		const vector = table.getChild(f.name)!;
		return { name: f.name, values: vector.toArray() as unknown as unknown[] };
	});
}

/** CSV text of the table as a Blob (header + one line a row). */
export function exportCsv(table: Table): Blob {
	const cols = table.schema.fields.map((f) => ({
		name: f.name,
		vector: table.getChild(f.name)!,
		isDate: String(f.type).startsWith('Date')
	}));
	const parts: string[] = [csvFormatRows([cols.map((c) => c.name)])];
	const chunk = 100_000;
	for (let start = 0; start < table.numRows; start += chunk) {
		const end = Math.min(table.numRows, start + chunk);
		const rows: string[][] = [];
		for (let i = start; i < end; i++) {
			rows.push(
				cols.map((c) => {
					const v = c.vector.get(i) as unknown;
					if (c.isDate && typeof v === 'number') return new Date(v).toISOString().slice(0, 10);
					return v === null || v === undefined ? '' : String(v);
				})
			);
		}
		parts.push('\n', csvFormatRows(rows));
	}
	return new Blob(parts, { type: 'text/csv' });
}

/** Parquet bytes of the table (dates as DATE, strings as UTF-8, Snappy). */
export function exportParquet(table: Table): ArrayBuffer {
	const overrides: Record<string, SchemaElement> = {};
	const columnData: ColumnSource[] = columns(table).map(({ name, values }) => {
		const type = String(table.schema.fields.find((f) => f.name === name)!.type);
		if (type.startsWith('Date')) {
			overrides[name] = {
				name,
				type: 'INT32',
				converted_type: 'DATE',
				repetition_type: 'REQUIRED'
			};
			return { name, data: Int32Array.from(values as ArrayLike<number>, (ms) => ms / DAY_MS) };
		}
		if (type.startsWith('Float')) return { name, data: values as number[], type: 'DOUBLE' };
		if (type.startsWith('Int')) return { name, data: values as number[], type: 'INT32' };
		const vector = table.getChild(name)!;
		const strings = Array.from({ length: table.numRows }, (_, i) => vector.get(i) as string);
		return { name, data: strings, type: 'STRING' };
	});
	const schema = schemaFromColumnData({
		columnData: columnData.map((c) => (overrides[c.name] ? { name: c.name, data: c.data } : c)),
		schemaOverrides: overrides
	});
	return parquetWriteBuffer({
		columnData: columnData.map((c) => ({ name: c.name, data: c.data })),
		schema
	});
}
