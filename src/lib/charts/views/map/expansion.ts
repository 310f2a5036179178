/**
 * The expansion animation's data: one aggregate (city × month) turned into dense arrays, so a
 * frame at a fractional month is a linear interpolation in JavaScript, never a query.
 */
import { monthOrdinal } from '../../../model/months';

/** One row of the map's aggregate: a pilot city's filtered totals in a month it was a member. */
export interface CityMonthRow {
	code: string;
	month: string;
	value: number;
	orders: number;
	/** Orders a violation rate divides by (all goods and channels: violations have neither). */
	rate_orders: number;
	cases: number;
}

/** What a bubble's area shows: the filter bar's metric. */
export type BubbleMetric = 'value' | 'orders' | 'aov';

/** The bubble metric of one row: import value, orders, or average order value. */
export function pickMetric(metric: BubbleMetric): (r: CityMonthRow) => number {
	if (metric === 'orders') return (r) => r.orders;
	if (metric === 'aov') return (r) => (r.orders > 0 ? r.value / r.orders : 0);
	return (r) => r.value;
}

export interface CitySeries {
	months: readonly string[];
	codes: readonly string[];
	/** Per city, the metric per month; 0 where the city has no data (not a member yet). */
	value: ReadonlyMap<string, Float64Array>;
	rateOrders: ReadonlyMap<string, Float64Array>;
	cases: ReadonlyMap<string, Float64Array>;
	max: number;
}

/** Dense per-city arrays over `months` (rows outside the range are ignored). */
export function buildSeries(
	rows: readonly CityMonthRow[],
	months: readonly string[],
	pick: (r: CityMonthRow) => number = (r) => r.value
): CitySeries {
	const first = months.length ? monthOrdinal(months[0]!) : 0;
	const make = () => new Map<string, Float64Array>();
	const value = make();
	const rateOrders = make();
	const cases = make();
	let max = 0;
	for (const r of rows) {
		const i = monthOrdinal(r.month) - first;
		if (i < 0 || i >= months.length) continue;
		const v0 = pick(r);
		for (const [map, v] of [
			[value, v0],
			[rateOrders, r.rate_orders],
			[cases, r.cases]
		] as const) {
			let arr = map.get(r.code);
			if (!arr) map.set(r.code, (arr = new Float64Array(months.length)));
			arr[i] = v;
		}
		max = Math.max(max, v0);
	}
	return { months, codes: [...value.keys()].sort(), value, rateOrders, cases, max };
}

/** A city's value at fractional month index `t`, linear between months, 0 outside the data. */
export function valueAt(series: CitySeries, code: string, t: number): number {
	const arr = series.value.get(code);
	if (!arr || t < 0 || t > arr.length - 1) return 0;
	const i = Math.floor(t);
	const f = t - i;
	const a = arr[i] ?? 0;
	return f === 0 ? a : a + ((arr[i + 1] ?? 0) - a) * f;
}

/** Cities with data at month index `i` (whole months only: what the count and the table show). */
export function citiesWithData(series: CitySeries, i: number): string[] {
	return series.codes.filter((c) => (series.value.get(c)?.[i] ?? 0) > 0);
}

/** Σ cases / Σ orders × 10,000 for one city in one month; null without orders. */
export function rateAt(series: CitySeries, code: string, i: number): number | null {
	const orders = series.rateOrders.get(code)?.[i] ?? 0;
	return orders > 0 ? ((series.cases.get(code)?.[i] ?? 0) / orders) * 10000 : null;
}
