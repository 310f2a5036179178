/**
 * The grain of a loaded fact table: by city or by province; by month, quarter or year; and for
 * each breakdown column (category, channel, type) whether rows hold codes (`detail`), totals over
 * all of them (`all`) or an unstated scope (`unknown`). The bundled sample is at the finest grain;
 * an analyst's file brings its own. Stored rows keep the contract's columns: `month` holds the
 * first month of the period, `city_code` a province code when the table is by province, and a
 * breakdown column TOTAL_CODE or UNKNOWN_CODE. Pure.
 */
import { TOTAL_CODE, UNKNOWN_CODE, type TableSpec } from '../schema';
import { monthOrdinal } from './months';

export const PLACE_GRAINS = ['city', 'province'] as const;
export type PlaceGrain = (typeof PLACE_GRAINS)[number];

export const TIME_GRAINS = ['month', 'quarter', 'year'] as const;
export type TimeGrain = (typeof TIME_GRAINS)[number];

export const BREAKDOWN_LEVELS = ['detail', 'all', 'unknown'] as const;
export type BreakdownLevel = (typeof BREAKDOWN_LEVELS)[number];

export interface Grain {
	readonly place: PlaceGrain;
	readonly time: TimeGrain;
	/** One entry per breakdown column of the table. */
	readonly breakdowns: Readonly<Record<string, BreakdownLevel>>;
}

/** Months in one period of a time grain. */
export const MONTHS_PER: Readonly<Record<TimeGrain, number>> = { month: 1, quarter: 3, year: 12 };

/** The finest grain a table can have: what the bundled sample is at. */
export function finestGrain(spec: TableSpec): Grain {
	const breakdowns: Record<string, BreakdownLevel> = {};
	for (const c of spec.grain?.breakdowns ?? []) breakdowns[c] = 'detail';
	return { place: 'city', time: 'month', breakdowns };
}

/** True when two grains are the same in every dimension (rows of both may be summed together). */
export function sameGrain(a: Grain, b: Grain): boolean {
	const keys = new Set([...Object.keys(a.breakdowns), ...Object.keys(b.breakdowns)]);
	return (
		a.place === b.place &&
		a.time === b.time &&
		[...keys].every((k) => a.breakdowns[k] === b.breakdowns[k])
	);
}

/** The breakdown level a stored value stands for. */
export function breakdownLevelOf(value: string): BreakdownLevel {
	return value === TOTAL_CODE ? 'all' : value === UNKNOWN_CODE ? 'unknown' : 'detail';
}

/** True when 'YYYY-MM' is the first month of a period of `time` (January for a year). */
export function isPeriodStart(month: string, time: TimeGrain): boolean {
	return monthOrdinal(month) % MONTHS_PER[time] === 0;
}

/** True when 'YYYY-MM' is the last month of a period of `time` (December for a year). */
export function isPeriodEnd(month: string, time: TimeGrain): boolean {
	return (monthOrdinal(month) + 1) % MONTHS_PER[time] === 0;
}

/** The period a month falls in, as the label the views show: '2021', '2021-Q2' or '2021-05'. */
export function periodLabel(month: string, time: TimeGrain): string {
	const n = monthOrdinal(month);
	const year = Math.floor(n / 12);
	if (time === 'year') return String(year);
	if (time === 'quarter') return `${year}-Q${Math.floor((n % 12) / 3) + 1}`;
	return month.slice(0, 7);
}

/** A grain in a few words, for provenance: "city × year, category: all goods, channel: unknown". */
export function grainWords(grain: Grain): string {
	const parts = [`${grain.place} × ${grain.time}`];
	for (const [column, level] of Object.entries(grain.breakdowns)) {
		parts.push(level === 'detail' ? `by ${column}` : `${column}: ${level}`);
	}
	return parts.join(', ');
}
