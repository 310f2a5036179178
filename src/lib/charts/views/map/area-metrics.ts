/**
 * Province and city totals over a window of months, from the same aggregate the animation uses.
 * The violation rate is Σ cases / Σ orders over the window, never an average of monthly rates.
 */
import type { CityMonthRow } from './expansion';
import { addMonths } from '../../../model/months';

export type AreaMetric = 'value' | 'value_per_city' | 'cities' | 'rate';
export const AREA_METRICS: readonly AreaMetric[] = ['value', 'value_per_city', 'cities', 'rate'];

export interface AreaTotals {
	value: number;
	/** Orders under every goods and channel filter-free: what the violation rate divides by. */
	rate_orders: number;
	cases: number;
	/** Pilot cities with data in the window. */
	cities: number;
}

/** The months [end − n + 1, end] of a rolling window. */
export function windowStart(end: string, months: number): string {
	return addMonths(end, 1 - months);
}

/** Totals per area over the window; `areaOf` maps a city code to its area (or null to skip). */
export function areaTotals(
	rows: readonly CityMonthRow[],
	areaOf: (cityCode: string) => string | null,
	from: string,
	to: string
): Map<string, AreaTotals> {
	const out = new Map<string, AreaTotals>();
	const cities = new Map<string, Set<string>>();
	for (const r of rows) {
		if (r.month < from || r.month > to || !(r.value > 0)) continue;
		const area = areaOf(r.code);
		if (area === null) continue;
		let t = out.get(area);
		if (!t) out.set(area, (t = { value: 0, rate_orders: 0, cases: 0, cities: 0 }));
		t.value += r.value;
		t.rate_orders += r.rate_orders;
		t.cases += r.cases;
		let set = cities.get(area);
		if (!set) cities.set(area, (set = new Set()));
		set.add(r.code);
	}
	for (const [area, set] of cities) out.get(area)!.cities = set.size;
	return out;
}

/** The chosen metric of an area's totals; null when it cannot be computed (no orders). */
export function metricOf(t: AreaTotals | undefined, metric: AreaMetric): number | null {
	if (!t) return null;
	switch (metric) {
		case 'value':
			return t.value;
		case 'cities':
			return t.cities;
		case 'value_per_city':
			return t.cities > 0 ? t.value / t.cities : null;
		case 'rate':
			return t.rate_orders > 0 ? (t.cases / t.rate_orders) * 10000 : null;
	}
}
