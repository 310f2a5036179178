/**
 * The timeline's four scales, computed from monthly sums per cohort: absolute, per pilot city,
 * indexed (the cohort's join month = 100) and share of the national total. Pure.
 */
import type { Metric } from '../model/filters';
import { isAdditive, metricOf, type Sums } from './metric';

export const TIMELINE_SCALES = ['absolute', 'per-city', 'index', 'share'] as const;
export type TimelineScale = (typeof TIMELINE_SCALES)[number];

export interface SeriesPoint {
	readonly month: string;
	readonly y: number | null;
}

export interface CohortSeries {
	readonly cohort: string;
	readonly points: readonly SeriesPoint[];
	/** Why the series is empty or partly undefined, if it is. */
	readonly note: 'no-base' | null;
}

export interface ScaleInput {
	readonly rows: readonly ({ month: string; cohort: string } & Sums)[];
	readonly national: readonly ({ month: string } & Sums)[];
	readonly cohorts: readonly { cohort: string; cities: number; join_month: string }[];
	readonly metric: Metric;
	readonly scale: TimelineScale;
}

/** Scales that make sense for a metric: per-city and share need an additive metric. */
export function scalesFor(metric: Metric): readonly TimelineScale[] {
	return isAdditive(metric) ? TIMELINE_SCALES : ['absolute', 'index'];
}

/** One series per cohort over every month of the national series (missing months are zero sums). */
export function timelineSeries(input: ScaleInput): CohortSeries[] {
	const { rows, national, cohorts, metric } = input;
	const scale = scalesFor(metric).includes(input.scale) ? input.scale : 'absolute';
	const months = national.map((n) => n.month);
	const nationalBy = new Map(national.map((n) => [n.month, n]));
	return cohorts.map(({ cohort, cities, join_month }) => {
		const by = new Map(rows.filter((r) => r.cohort === cohort).map((r) => [r.month, r]));
		const raw = months.map((month) => metricOf(by.get(month) ?? { value: 0, orders: 0 }, metric));
		const base = raw[months.indexOf(join_month)] ?? null;
		let note: CohortSeries['note'] = null;
		const y = raw.map((v, i) => {
			if (v === null) return null;
			if (scale === 'per-city') return cities > 0 ? v / cities : null;
			if (scale === 'index') {
				if (!base) {
					note = 'no-base';
					return null;
				}
				return (v / base) * 100;
			}
			if (scale === 'share') {
				const total = metricOf(nationalBy.get(months[i]!) ?? { value: 0, orders: 0 }, metric);
				return total ? v / total : null;
			}
			return v;
		});
		return { cohort, points: months.map((month, i) => ({ month, y: y[i] ?? null })), note };
	});
}
