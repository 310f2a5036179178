/** Parses CSV text into rows typed by a `TableSpec`, strictly: a bad cell stops the generator. */
import { csvParse } from 'd3';
import { parseIsoDate, type CellValue, type Row } from '../../src/lib/data/arrow-table';
import type { ColumnSpec, TableSpec } from '../../src/lib/schema';

const INTEGER_RE = /^-?\d+$/;
const DOUBLE_RE = /^-?\d+(\.\d+)?$/;

/** Rows of raw strings, after checking that the header is exactly `columns`, in order. */
export function parseCsvCells(
	file: string,
	text: string,
	columns: readonly string[]
): Record<string, string>[] {
	const parsed = csvParse(text.replace(/^\uFEFF/, ''));
	if (parsed.columns.join(',') !== columns.join(',')) {
		throw new Error(
			`${file}: header is '${parsed.columns.join(',')}', expected '${columns.join(',')}'`
		);
	}
	return parsed.map((r) => {
		const out: Record<string, string> = {};
		for (const c of columns) out[c] = r[c] ?? '';
		return out;
	});
}

/** One CSV cell as a value of the column's type; '' is null, and only allowed when nullable. */
export function parseCell(file: string, line: number, column: ColumnSpec, raw: string): CellValue {
	const fail = (why: string): never => {
		throw new Error(`${file} line ${line}, ${column.name}: '${raw}' ${why}`);
	};
	if (raw !== raw.trim()) fail('has surrounding spaces');
	if (raw === '')
		return column.nullable === true ? null : fail('is empty in a non-nullable column');
	switch (column.type) {
		case 'VARCHAR':
			return raw;
		case 'INTEGER':
			return INTEGER_RE.test(raw) ? Number(raw) : fail('is not an integer');
		case 'DOUBLE':
			return DOUBLE_RE.test(raw) ? Number(raw) : fail('is not a number');
		case 'DATE':
			return parseIsoDate(raw) !== undefined ? raw : fail('is not a YYYY-MM-DD date');
		case 'BOOLEAN':
			return raw === 'true' ? true : raw === 'false' ? false : fail('is not true/false');
	}
}

/** A CSV whose header is the spec's columns, as typed rows. */
export function parseCsvTable(spec: TableSpec, file: string, text: string): Row[] {
	const names = spec.columns.map((c) => c.name);
	// Line numbers count the header as line 1, as editors show them.
	return parseCsvCells(file, text, names).map((cells, i) => {
		const row: Record<string, CellValue> = {};
		for (const c of spec.columns) row[c.name] = parseCell(file, i + 2, c, cells[c.name] ?? '');
		return row;
	});
}
