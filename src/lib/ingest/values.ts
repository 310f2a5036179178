/**
 * Cell → typed value, the way Chinese and English statistical tables write them: months as
 * 2021-03, 2021/3, 2021年3月, 202103 or 2021M03; numbers with thousands separators, full-width
 * digits and accounting brackets.
 */
import type { Cell } from './grid';
import { MAX_YEAR, MIN_YEAR } from './limits';

export type Parsed<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly code: 'bad-month' | 'month-out-of-range' | 'not-a-number' };

const FULL_WIDTH = /[０-９．，－]/g;
const toAscii = (s: string) =>
	s.replace(FULL_WIDTH, (c) =>
		c === '．' ? '.' : c === '，' ? ',' : c === '－' ? '-' : String(c.charCodeAt(0) - 0xff10)
	);

const MONTH_PATTERNS: readonly RegExp[] = [
	/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*(\d{1,2})\s*日?|\s*(\d{1,2})\s*日)?$/,
	/^(\d{4})(\d{2})$/,
	/^(\d{4})(\d{2})(\d{2})$/,
	/^(\d{4})m(\d{1,2})$/i
];

/** A month as 'YYYY-MM-01', from any of the forms above or a spreadsheet date. */
export function parseMonth(cell: Cell): Parsed<string> {
	let y: number;
	let m: number;
	if (cell instanceof Date) {
		y = cell.getUTCFullYear();
		m = cell.getUTCMonth() + 1;
	} else {
		const text = toAscii(String(cell).trim()).replace(/T.*$/, '');
		const match = MONTH_PATTERNS.map((p) => p.exec(text)).find((x) => x !== null);
		if (!match) return { ok: false, code: 'bad-month' };
		y = Number(match[1]);
		m = Number(match[2]);
	}
	if (!Number.isInteger(m) || m < 1 || m > 12) return { ok: false, code: 'bad-month' };
	if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, code: 'month-out-of-range' };
	return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-01` };
}

const CN_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const QUARTER_PATTERNS: readonly RegExp[] = [
	/^(\d{4})\s*[-/.]?\s*q([1-4])$/i,
	/^q([1-4])\s*[-/.]?\s*(\d{4})$/i,
	/^(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*季度?$/
];

export type PeriodGrain = 'month' | 'quarter' | 'year';

/** A period from a cell: a month (any form above), a quarter ('2021Q2', '2021年第二季度') or a year. */
export function parsePeriod(
	cell: Cell
): { ok: true; value: string; time: PeriodGrain } | Extract<Parsed<string>, { ok: false }> {
	if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) {
		return yearPeriod(cell);
	}
	const text = cell instanceof Date ? '' : toAscii(String(cell).trim());
	const year = /^(\d{4})\s*年?(度)?$/.exec(text);
	if (year) return yearPeriod(Number(year[1]));
	for (const [i, pattern] of QUARTER_PATTERNS.entries()) {
		const m = pattern.exec(text);
		if (!m) continue;
		const [y, q] = i === 1 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
		const quarter = CN_NUMERALS[q] ?? Number(q);
		const month = parseMonth(`${y}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`);
		return month.ok ? { ok: true, value: month.value, time: 'quarter' } : month;
	}
	const month = parseMonth(cell);
	return month.ok ? { ok: true, value: month.value, time: 'month' } : month;
}

function yearPeriod(y: number) {
	if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, code: 'month-out-of-range' } as const;
	return { ok: true, value: `${y}-01-01`, time: 'year' } as const;
}

/** A number from a cell, before any unit factor: '1,234.5' → 1234.5, '(12)' → -12. */
export function parseNumber(cell: Cell): Parsed<number> {
	if (typeof cell === 'number') {
		return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, code: 'not-a-number' };
	}
	let text = toAscii(String(cell).trim()).replace(/[\s'\u00a0\u202f]/g, '');
	let sign = 1;
	const bracketed = /^\((.*)\)$/.exec(text);
	if (bracketed) {
		text = bracketed[1]!;
		sign = -1;
	}
	// Thousands separators only where they group three digits: '1,234' yes, '1,2' is no number.
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text))
		return { ok: false, code: 'not-a-number' };
	return { ok: true, value: sign * Number(text) };
}

/** Cells that stand for "no value" in published tables: blank, '-', '—', '…', 'NA'. */
export function isMissingMarker(cell: Cell): boolean {
	if (cell === null) return true;
	if (typeof cell !== 'string') return false;
	return /^\s*(-|—|–|…|\.\.\.|na|n\/a|null|nan)?\s*$/i.test(cell);
}

/** Rounds away the binary noise a unit factor leaves (1.1 万元 → 11000, not 11000.000000000002). */
export function scale(value: number, factor: number): number {
	if (factor === 1) return value;
	return Number((value * factor).toPrecision(15));
}
