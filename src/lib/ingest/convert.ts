/**
 * One cell → the contract's value, by the role its column plays: the period (month, quarter or
 * year), the place (city or province, by code or name), a breakdown (code, name, total or fixed),
 * a number (with the column's unit, or the unit the cell states itself) or free text. Each
 * result says the grain level it implies, so the row loop can tell mixed grains apart.
 */
import type { CellValue } from '../data/arrow-table';
import { TOTAL_CODE, UNKNOWN_CODE, type ColumnSpec } from '../schema';
import { breakdownLevelOf, type BreakdownLevel, type TimeGrain } from '../model/grain';
import type { RowProblemCode } from './errors';
import { cellText, isBlank, type Cell } from './grid';
import type { ColumnMapping } from './mapping';
import { nameKey, type PlaceLookup } from './reference';
import { cellUnit } from './units';
import { isMissingMarker, parseNumber, parsePeriod, scale } from './values';

const INT32_MAX = 2_147_483_647;
const UNKNOWN_WORDS = new Set(['unknown', 'n/a', '未知', '不详', '不明'].map(nameKey));

export type Level =
	| { readonly dim: 'time'; readonly level: TimeGrain }
	| { readonly dim: 'place'; readonly level: 'city' | 'province' | 'either' }
	| { readonly dim: 'breakdown'; readonly level: BreakdownLevel };

export type Converted =
	| { readonly ok: true; readonly value: CellValue; readonly level?: Level; readonly unit?: string }
	| { readonly ok: false; readonly code: RowProblemCode; readonly params?: Record<string, number> };

export type ColumnRole =
	| { readonly kind: 'time' }
	| { readonly kind: 'place'; readonly lookup: PlaceLookup }
	| { readonly kind: 'breakdown'; readonly lookup: ReadonlyMap<string, string> }
	| { readonly kind: 'plain' };

function number(c: ColumnSpec, cell: Cell, m: ColumnMapping): Converted {
	const own = typeof cell === 'string' ? cellUnit(cell) : null;
	const n = parseNumber(own ? own.number : cell);
	if (!n.ok) return n;
	const value = scale(n.value, own ? own.factor : m.factor);
	if (value < 0) return { ok: false, code: 'negative' };
	if (c.type === 'INTEGER') {
		if (!Number.isInteger(value)) return { ok: false, code: 'not-an-integer' };
		if (value > INT32_MAX) return { ok: false, code: 'out-of-range', params: { max: INT32_MAX } };
	}
	return { ok: true, value, unit: own?.label };
}

/** Converts one cell of a row; `cell` is null when the column is fixed or unmapped. */
export function convertCell(
	c: ColumnSpec,
	role: ColumnRole,
	m: ColumnMapping,
	cell: Cell
): Converted {
	if (m.source === null && m.fixed !== undefined) {
		return {
			ok: true,
			value: m.fixed,
			level: { dim: 'breakdown', level: breakdownLevelOf(m.fixed) }
		};
	}
	if (isMissingMarker(cell) || isBlank(cell)) {
		return c.nullable ? { ok: true, value: null } : { ok: false, code: 'missing' };
	}
	if (c.type === 'INTEGER' || c.type === 'DOUBLE') return number(c, cell, m);
	if (role.kind === 'time') {
		const p = parsePeriod(cell);
		return p.ok ? { ok: true, value: p.value, level: { dim: 'time', level: p.time } } : p;
	}
	const text = cellText(cell);
	if (role.kind === 'place') {
		const hit = role.lookup.resolve(text);
		if (!hit) return { ok: false, code: 'unknown-code' };
		if (hit.level === 'total') return { ok: false, code: 'total-row' };
		return { ok: true, value: hit.code, level: { dim: 'place', level: hit.level } };
	}
	if (role.kind === 'breakdown') {
		const code = UNKNOWN_WORDS.has(nameKey(text)) ? UNKNOWN_CODE : role.lookup.get(nameKey(text));
		if (code === undefined) return { ok: false, code: 'unknown-code' };
		const level = code === TOTAL_CODE ? 'all' : breakdownLevelOf(code);
		return { ok: true, value: code, level: { dim: 'breakdown', level } };
	}
	if (c.type === 'BOOLEAN') {
		if (/^(true|1|yes|是)$/i.test(text)) return { ok: true, value: true };
		if (/^(false|0|no|否)$/i.test(text)) return { ok: true, value: false };
		return { ok: false, code: 'not-a-number' };
	}
	return { ok: true, value: text };
}
