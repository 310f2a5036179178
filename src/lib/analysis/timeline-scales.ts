/**
 * The timeline's scales, computed from monthly sums per cohort: absolute, per pilot city, indexed
 * (each city's own year before joining = 100), share of the national total, change since the
 * start of the chosen months, and the values a log axis draws. Pure; the axes are the charts'.
 */
import type { Metric } from '../model/filters';
import { monthRange } from '../model/months';
import { isAdditive, metricOf, type Sums } from './metric';

/** The scales the timeline's switch offers today (on a linear axis). */
export const TIMELINE_SCALES = ['absolute', 'per-city', 'index', 'share', 'relative'] as const;
/** Every scale the maths supports; 'log' waits for the charts' log axis. */
export const ALL_TIMELINE_SCALES = [...TIMELINE_SCALES, 'log'] as const;
export type TimelineScale = (typeof ALL_TIMELINE_SCALES)[number];

/** Months of the relative scale's base: a full seasonal cycle at the start of the range. */
export const RELATIVE_BASE_MONTHS = 12;

export interface SeriesPoint {
	readonly month: string;
	readonly y: number | null;
}

export interface CohortSeries {
	readonly cohort: string;
	readonly points: readonly SeriesPoint[];
	/**
	 * Why the series is empty or partly undefined: no city with a base ('no-base'), months whose
	 * value is not positive on a log axis ('non-positive').
	 */
	readonly note: 'no-base' | 'non-positive' | null;
	/** On the index scale: the cities with a full base year, of the cohort's cities. */
	readonly coverage: { readonly places: number; readonly of: number } | null;
}

/** One cohort-month of the index scale: the sums of the cities with a base, and that base. */
export interface IndexRow {
	readonly cohort: string;
	readonly month: string;
	readonly value: number;
	readonly orders: number;
	/** Σ over those cities of the mean month of their 12 months before joining. */
	readonly base_value: number | null;
	readonly base_orders: number | null;
	readonly with_base: number;
	readonly cities: number;
}

export interface ScaleInput {
	readonly rows: readonly ({ month: string; cohort: string } & Sums)[];
	readonly national: readonly ({ month: string } & Sums)[];
	readonly cohorts: readonly { cohort: string; cities: number }[];
	readonly metric: Metric;
	readonly scale: TimelineScale;
	/** For 'index': the cities with a base, per cohort and month. */
	readonly index?: readonly IndexRow[];
	/** For 'relative': the chosen months (null ends: the data's). */
	readonly range?: { readonly from: string | null; readonly to: string | null };
}

/** Scales that make sense for a metric: per-city and share need an additive metric. */
export function scalesFor(metric: Metric): readonly TimelineScale[] {
	return isAdditive(metric) ? ALL_TIMELINE_SCALES : ['absolute', 'index', 'relative', 'log'];
}

const ZERO = { value: 0, orders: 0 };

/** One series per cohort over every month of the national series (missing months are zero sums). */
export function timelineSeries(input: ScaleInput): CohortSeries[] {
	const { rows, national, cohorts, metric } = input;
	const scale = scalesFor(metric).includes(input.scale) ? input.scale : 'absolute';
	const months = national.map((n) => n.month);
	const nationalBy = new Map(national.map((n) => [n.month, n]));
	return cohorts.map(({ cohort, cities }) => {
		const by = new Map(rows.filter((r) => r.cohort === cohort).map((r) => [r.month, r]));
		const sums = months.map((month) => by.get(month) ?? ZERO);
		const raw = sums.map((s) => metricOf(s, metric));
		const series = (
			y: (number | null)[],
			note: CohortSeries['note'] = null,
			coverage: CohortSeries['coverage'] = null
		) => ({
			cohort,
			points: months.map((month, i) => ({ month, y: y[i] ?? null })),
			note,
			coverage
		});
		if (scale === 'index') return indexSeries(cohort, cities, months, input.index ?? [], metric);
		if (scale === 'relative') return series(relative(months, sums, metric, input.range ?? null));
		if (scale === 'log') {
			const y = raw.map((v) => (v !== null && v > 0 ? v : null));
			return series(y, y.some((v, i) => v === null && raw[i] !== null) ? 'non-positive' : null);
		}
		return series(
			raw.map((v, i) => {
				if (v === null) return null;
				if (scale === 'per-city') return cities > 0 ? v / cities : null;
				if (scale === 'share') {
					const total = metricOf(nationalBy.get(months[i]!) ?? ZERO, metric);
					return total ? v / total : null;
				}
				return v;
			})
		);
	});
}

/**
 * Index: each city is based on its own joining month, on the mean month of the 12 months before
 * it (a full seasonal cycle), and the cohort line is Σ value of those cities ÷ Σ their bases × 100
 * (a ratio of sums for average order value). Cities without 12 months of data before joining
 * cannot be based and are left out; `coverage` says how many remain.
 */
function indexSeries(
	cohort: string,
	cities: number,
	months: readonly string[],
	index: readonly IndexRow[],
	metric: Metric
): CohortSeries {
	const mine = index.filter((r) => r.cohort === cohort);
	const first = mine[0];
	const base = first
		? metricOf({ value: first.base_value ?? 0, orders: first.base_orders ?? 0 }, metric)
		: null;
	const coverage = { places: first?.with_base ?? 0, of: first?.cities ?? cities };
	if (!first || !base) {
		return {
			cohort,
			points: months.map((month) => ({ month, y: null })),
			note: 'no-base',
			coverage
		};
	}
	const by = new Map(mine.map((r) => [r.month, r]));
	return {
		cohort,
		points: months.map((month) => {
			const v = metricOf(by.get(month) ?? ZERO, metric);
			return { month, y: v === null ? null : (v / base) * 100 };
		}),
		note: null,
		coverage
	};
}

/**
 * Change since the start of the chosen months: against the mean of the range's first 12 months
 * (all of them when the range is shorter), so the month a range starts in does not set the base
 * by its season; months before the range are not drawn.
 */
function relative(
	months: readonly string[],
	sums: readonly Sums[],
	metric: Metric,
	range: { from: string | null; to: string | null } | null
): (number | null)[] {
	const from = range?.from ?? months[0] ?? '';
	const to = range?.to ?? months.at(-1) ?? '';
	const inRange = new Set(monthRange(from, to));
	const baseMonths = new Set([...inRange].slice(0, RELATIVE_BASE_MONTHS));
	const base = { value: 0, orders: 0 };
	months.forEach((m, i) => {
		if (!baseMonths.has(m)) return;
		base.value += sums[i]?.value ?? 0;
		base.orders += sums[i]?.orders ?? 0;
	});
	const b = metricOf(base, metric);
	return months.map((m, i) => {
		if (m < from || !b) return null;
		const v = metricOf(sums[i] ?? ZERO, metric);
		return v === null ? null : v / (isAdditive(metric) ? b / baseMonths.size : b) - 1;
	});
}
