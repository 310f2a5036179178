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
