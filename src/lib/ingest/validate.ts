/**
 * Checks every data row against the contract and converts it: types, missing and negative values,
 * unknown codes, months out of range, duplicate keys. Returns the converted columns of the rows
 * that passed and every problem with its row, so the analyst can fix the mapping, skip the bad
 * rows or cancel. Pure: nothing is loaded here.
 */
import type { CellValue } from '../data/arrow-table';
import type { ColumnSpec, TableSpec } from '../schema';
import type { RowProblem, RowProblemCode } from './errors';
import { cellText, filledCount, isBlank, type Cell, type Grid } from './grid';
import { MAX_REPORTED_PROBLEMS } from './limits';
import type { Mapping } from './mapping';
import { codeLookup, resolveCode, type IngestReference } from './reference';
import { isMissingMarker, parseMonth, parseNumber, scale } from './values';

export interface Validation {
	/** Converted values of the rows without problems, by contract column. */
	readonly columns: Readonly<Record<string, CellValue[]>>;
	readonly goodRows: number;
	readonly badRows: number;
	/** Rows of one note cell ("注：…", "数据来源：…") skipped below or inside the table. */
	readonly noteRows: number;
	/** The first problems (see MAX_REPORTED_PROBLEMS) and how many there were in all. */
	readonly problems: readonly RowProblem[];
	readonly problemCount: number;
	/** Σ of each numeric column over the good rows: shown before loading, checked after. */
	readonly sums: Readonly<Record<string, number>>;
}

type Converted = { ok: true; value: CellValue } | { ok: false; code: RowProblemCode };

function convertCell(
	c: ColumnSpec,
	cell: Cell,
	factor: number,
	lookup: ReadonlyMap<string, string> | null
): Converted {
	if (isMissingMarker(cell) || isBlank(cell)) {
		return c.nullable ? { ok: true, value: null } : { ok: false, code: 'missing' };
	}
	switch (c.type) {
		case 'DATE':
			return parseMonth(cell);
		case 'INTEGER':
		case 'DOUBLE': {
			const n = parseNumber(cell);
			if (!n.ok) return n;
			const value = scale(n.value, factor);
			if (value < 0) return { ok: false, code: 'negative' };
			if (c.type === 'INTEGER' && !Number.isInteger(value)) {
				return { ok: false, code: 'not-an-integer' };
			}
			return { ok: true, value };
		}
		case 'BOOLEAN':
			return /^(true|1|yes|是)$/i.test(cellText(cell))
				? { ok: true, value: true }
				: /^(false|0|no|否)$/i.test(cellText(cell))
					? { ok: true, value: false }
					: { ok: false, code: 'not-a-number' };
		case 'VARCHAR': {
			const text = cellText(cell);
			if (!lookup) return { ok: true, value: text };
			const code = resolveCode(lookup, text);
			return code === undefined ? { ok: false, code: 'unknown-code' } : { ok: true, value: code };
		}
	}
}

/** Validates and converts the rows below the header at `headerIndex`. */
export function validateRows(
	spec: TableSpec,
	grid: Grid,
	headerIndex: number,
	mapping: Mapping,
	reference: IngestReference
): Validation {
	const width = grid[headerIndex]!.length;
	const lookups = new Map(spec.columns.map((c) => [c.name, codeLookup(c.name, reference)]));
	const columns: Record<string, CellValue[]> = {};
	for (const c of spec.columns) columns[c.name] = [];
	const problems: RowProblem[] = [];
	let problemCount = 0;
	let goodRows = 0;
	let badRows = 0;
	let noteRows = 0;
	const seen = new Map<string, number>();
	const report = (p: RowProblem) => {
		problemCount++;
		if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(p);
	};

	for (let i = headerIndex + 1; i < grid.length; i++) {
		const row = grid[i]!;
		const line = i + 1;
		const filled = filledCount(row);
		if (filled === 0) continue;
		if (filled === 1 && !isBlank(row[0]) && parseNumber(row[0]!).ok === false && width > 2) {
			noteRows++;
			continue;
		}
		const extra = row.slice(width).some((c) => !isBlank(c));
		if (row.length < width || extra) {
			report({
				row: line,
				column: null,
				code: 'ragged',
				value: '',
				params: { cells: row.length, width }
			});
			badRows++;
			continue;
		}
		const values: Record<string, CellValue> = {};
		let ok = true;
		for (const c of spec.columns) {
			const m = mapping[c.name]!;
			const cell = m.source === null ? null : (row[m.source] ?? null);
			const result = convertCell(c, cell, m.factor, lookups.get(c.name) ?? null);
			if (result.ok) values[c.name] = result.value;
			else {
				ok = false;
				report({ row: line, column: c.name, code: result.code, value: cellText(cell), params: {} });
			}
		}
		if (ok) {
			const key = spec.primaryKey.map((k) => String(values[k])).join('\u0000');
			const first = seen.get(key);
			if (first !== undefined) {
				ok = false;
				report({
					row: line,
					column: null,
					code: 'duplicate',
					value: spec.primaryKey.map((k) => String(values[k])).join(' · '),
					params: { first }
				});
			} else seen.set(key, line);
		}
		if (!ok) {
			badRows++;
			continue;
		}
		goodRows++;
		for (const c of spec.columns) columns[c.name]!.push(values[c.name] ?? null);
	}
	const sums: Record<string, number> = {};
	for (const c of spec.columns) {
		if (c.type === 'INTEGER' || c.type === 'DOUBLE') {
			sums[c.name] = (columns[c.name] as (number | null)[]).reduce<number>(
				(s, v) => s + (v ?? 0),
				0
			);
		}
	}
	return { columns, goodRows, badRows, noteRows, problems, problemCount, sums };
}
