/**
 * Checks every data row against the contract and converts it: types and 32-bit ranges, missing
 * and negative values, unknown codes and names, total rows, months out of range, the grain of
 * each row (a province row among cities, a year among months: never summed together), and
 * duplicate keys. Returns the converted columns of the rows that passed and every problem with
 * its file line and column, so the analyst can fix the mapping, skip the bad rows or cancel. Pure.
 */
import type { CellValue } from '../data/arrow-table';
import type { TableSpec } from '../schema';
import type { Grain } from '../model/grain';
import type { RowProblem } from './errors';
import { cellText, filledCount, isBlank, type Grid } from './grid';
import { MAX_REPORTED_PROBLEMS } from './limits';
import type { Mapping } from './mapping';
import { breakdownLookup, placeLookup, type IngestReference } from './reference';
import { parseNumber } from './values';
import { convertCell, type ColumnRole, type Level } from './convert';
import { GrainTally, levelKey } from './grain-tally';

export interface ExampleRow {
	readonly row: number;
	/** The cells as the file has them, by contract column ('' for a fixed or unmapped column). */
	readonly read: Readonly<Record<string, string>>;
	readonly converted: Readonly<Record<string, CellValue>>;
}

export interface Validation {
	/** Converted values of the rows without problems, by contract column. */
	readonly columns: Readonly<Record<string, CellValue[]>>;
	readonly goodRows: number;
	readonly badRows: number;
	/** Rows of one note cell ("注：…", "数据来源：…") skipped below or inside the table. */
	readonly noteRows: number;
	/** The first problems (see MAX_REPORTED_PROBLEMS), by line, and how many there were in all. */
	readonly problems: readonly RowProblem[];
	readonly problemCount: number;
	/** Σ of each numeric column over the good rows: shown before loading, checked after. */
	readonly sums: Readonly<Record<string, number>>;
	/** Σ of each numeric column per calendar year, for the scale check. */
	readonly yearSums: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/** The grain the rows are at (the level most rows share, dimension by dimension). */
	readonly grain: Grain;
	/** The first good row, read and converted, for the analyst to confirm units by. */
	readonly example: ExampleRow | null;
	/** Cells that stated their own unit ("1591.76万"), per column and unit word. */
	readonly cellUnits: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

function roles(spec: TableSpec, reference: IngestReference): Map<string, ColumnRole> {
	const out = new Map<string, ColumnRole>();
	for (const c of spec.columns) {
		if (c.name === spec.grain?.time) out.set(c.name, { kind: 'time' });
		else if (c.name === spec.grain?.place) {
			out.set(c.name, { kind: 'place', lookup: placeLookup(reference) });
		} else {
			const lookup = spec.grain?.breakdowns.includes(c.name)
				? breakdownLookup(c.name, reference)
				: null;
			out.set(c.name, lookup ? { kind: 'breakdown', lookup } : { kind: 'plain' });
		}
	}
	return out;
}

interface Staged {
	readonly line: number;
	readonly values: Record<string, CellValue>;
	readonly levels: Readonly<Record<string, Level>>;
	readonly read: Record<string, string>;
}

/** Validates and converts the rows below the header at `headerIndex`. */
export function validateRows(
	spec: TableSpec,
	grid: Grid,
	headerIndex: number,
	mapping: Mapping,
	reference: IngestReference,
	lineOf: (index: number) => number = (i) => i + 1
): Validation {
	const width = grid[headerIndex]!.length;
	const columnRoles = roles(spec, reference);
	const problems: RowProblem[] = [];
	let problemCount = 0;
	let badRows = 0;
	let noteRows = 0;
	const cellUnits: Record<string, Record<string, number>> = {};
	const report = (p: RowProblem) => {
		problemCount++;
		if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(p);
	};
	const tally = new GrainTally(spec);
	const staged: Staged[] = [];

	for (let i = headerIndex + 1; i < grid.length; i++) {
		const row = grid[i]!;
		const line = lineOf(i);
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
		const levels: Record<string, Level> = {};
		const read: Record<string, string> = {};
		let ok = true;
		for (const c of spec.columns) {
			const m = mapping[c.name]!;
			const cell = m.source === null ? null : (row[m.source] ?? null);
			read[c.name] = cellText(cell);
			const result = convertCell(c, columnRoles.get(c.name)!, m, cell);
			if (!result.ok) {
				ok = false;
				report({
					row: line,
					column: c.name,
					code: result.code,
					value: cellText(cell),
					params: result.params ?? {}
				});
				continue;
			}
			values[c.name] = result.value;
			if (result.level) levels[c.name] = result.level;
			if (result.unit) {
				const units = (cellUnits[c.name] ??= {});
				units[result.unit] = (units[result.unit] ?? 0) + 1;
			}
		}
		if (!ok) {
			badRows++;
			continue;
		}
		tally.count(levels);
		staged.push({ line, values, levels, read });
	}

	const grain = tally.grain();
	const columns: Record<string, CellValue[]> = {};
	for (const c of spec.columns) columns[c.name] = [];
	const seen = new Map<string, number>();
	let example: ExampleRow | null = null;
	for (const s of staged) {
		const off = tally.offGrain(s.levels, grain);
		if (off) {
			report({
				row: s.line,
				column: off.column,
				code: 'mixed-grain',
				value: s.read[off.column] ?? '',
				params: { level: levelKey(off.level), expected: off.expected }
			});
			badRows++;
			continue;
		}
		const key = spec.primaryKey.map((k) => String(s.values[k])).join('\u0000');
		const first = seen.get(key);
		if (first !== undefined) {
			report({
				row: s.line,
				column: null,
				code: 'duplicate',
				value: spec.primaryKey.map((k) => String(s.values[k])).join(' · '),
				params: { first }
			});
			badRows++;
			continue;
		}
		seen.set(key, s.line);
		example ??= { row: s.line, read: s.read, converted: s.values };
		for (const c of spec.columns) columns[c.name]!.push(s.values[c.name] ?? null);
	}
	problems.sort((a, b) => a.row - b.row);
	const goodRows = columns[spec.columns[0]!.name]!.length;
	return {
		columns,
		goodRows,
		badRows,
		noteRows,
		problems,
		problemCount,
		...sumsOf(spec, columns),
		grain,
		example,
		cellUnits
	};
}

function sumsOf(spec: TableSpec, columns: Record<string, CellValue[]>) {
	const sums: Record<string, number> = {};
	const yearSums: Record<string, Record<string, number>> = {};
	const months = spec.grain ? (columns[spec.grain.time] as string[]) : [];
	for (const c of spec.columns) {
		if (c.type !== 'INTEGER' && c.type !== 'DOUBLE') continue;
		const values = columns[c.name] as (number | null)[];
		let total = 0;
		const byYear: Record<string, number> = {};
		values.forEach((v, i) => {
			total += v ?? 0;
			const year = months[i]?.slice(0, 4);
			if (year) byYear[year] = (byYear[year] ?? 0) + (v ?? 0);
		});
		sums[c.name] = total;
		yearSums[c.name] = byYear;
	}
	return { sums, yearSums };
}
