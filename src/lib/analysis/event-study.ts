/**
 * Event-study figures from event-time sums: the per-city average at each month since joining,
 * indexed to the average of the 12 months before joining (= 100) or as growth on 12 months
 * earlier. Descriptive, not causal (the estimate is analysis/did).
 */
import type { Metric } from '../model/filters';
import { metricOf } from './metric';
import type { EventTimeRow } from '../queries/event-study';

export const EVENT_MEASURES = ['index', 'yoy'] as const;
export type EventMeasure = (typeof EVENT_MEASURES)[number];

export interface EventPoint {
	readonly k: number;
	readonly y: number | null;
	readonly cities: number;
}

const PRE_PERIOD = { from: -12, to: -1 } as const;

/** Per cohort: the measure at each k, with the number of cities behind it. */
export function eventSeries(
	rows: readonly EventTimeRow[],
	metric: Metric,
	measure: EventMeasure
): { cohort: string; points: EventPoint[]; baseline: number | null }[] {
	const cohorts = [...new Set(rows.map((r) => r.cohort))];
	return cohorts.map((cohort) => {
		const mine = rows.filter((r) => r.cohort === cohort);
		const byK = new Map(mine.map((r) => [r.k, r]));
		const perCity = (k: number) => {
			const r = byK.get(k);
			if (!r || r.cities === 0) return null;
			const m = metricOf(r, metric);
			return m === null ? null : metric === 'aov' ? m : m / r.cities;
		};
		const pre = mine
			.filter((r) => r.k >= PRE_PERIOD.from && r.k <= PRE_PERIOD.to)
			.map((r) => perCity(r.k))
			.filter((v): v is number => v !== null);
		const baseline = pre.length === 12 ? pre.reduce((s, v) => s + v, 0) / 12 : null;
		const points = mine.map((r) => {
			const v = perCity(r.k);
			let y: number | null = null;
			if (v !== null && measure === 'index') y = baseline ? (v / baseline) * 100 : null;
			if (v !== null && measure === 'yoy') {
				const before = perCity(r.k - 12);
				y = before ? v / before - 1 : null;
			}
			return { k: r.k, y, cities: r.cities };
		});
		return { cohort, points, baseline };
	});
}
