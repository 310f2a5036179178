/**
 * The estimator's input: places × periods, dense, with each place's joining period. Built from the
 * panel query's rows (queries/outcomes.ts) or, for tests, from any long table. Pure.
 */
import { monthOrdinal, monthRange } from '../../model/months';

export interface PanelPlace {
	readonly code: string;
	/** Comparison cohort (c37, c86, call); null for a place outside the pilot. */
	readonly cohort: string | null;
	readonly phase: string;
	/** 'named', 'inferred' or 'modelled'. */
	readonly basis: string;
	/** Joining month 'YYYY-MM'; null for a place that never joined. */
	readonly joined: string | null;
	/** True when the place filters (phase, city) choose it as a treated place. */
	readonly selected: boolean;
}

/** One place-month of sums under the filters (absent place-months are zero). */
export interface PanelRow {
	readonly code: string;
	readonly month: string;
	readonly value: number;
	readonly orders: number;
	/** Orders of every category and channel: the violation rate's denominator. */
	readonly all_orders: number;
	readonly cases: number;
}

export type Measure = 'value' | 'orders' | 'all_orders' | 'cases';
export const MEASURES: readonly Measure[] = ['value', 'orders', 'all_orders', 'cases'];

export interface DidPanel {
	/** Period labels ('YYYY-MM'), consecutive. */
	readonly periods: readonly string[];
	readonly places: readonly PanelPlace[];
	/** Joining period of each place as an index into `periods` (may be < 0 or ≥ T); Infinity: never. */
	readonly group: Float64Array;
	/** [place × T + period] per measure. */
	readonly measures: Readonly<Record<Measure, Float64Array>>;
	/**
	 * Where the data begin, as a period index (≤ 0): below 0 when a chosen month range starts after
	 * the data do, so a group short of base months can say whether the range cut them off.
	 */
	readonly dataStart: number;
}

/** Dense panel from place and row lists over the months `from`…`to`. Rows outside are ignored. */
export function buildPanel(input: {
	places: readonly PanelPlace[];
	rows: readonly PanelRow[];
	from: string;
	to: string;
	/** First month of the data when the range starts later (default: `from`). */
	dataFrom?: string;
}): DidPanel {
	const periods = monthRange(input.from, input.to);
	const T = periods.length;
	const first = monthOrdinal(input.from);
	const places = [...input.places].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const index = new Map(places.map((p, i) => [p.code, i]));
	const n = places.length;
	const measures = Object.fromEntries(MEASURES.map((m) => [m, new Float64Array(n * T)])) as Record<
		Measure,
		Float64Array
	>;
	for (const r of input.rows) {
		const i = index.get(r.code);
		const t = monthOrdinal(r.month) - first;
		if (i === undefined || t < 0 || t >= T) continue;
		for (const m of MEASURES) measures[m][i * T + t] = (measures[m][i * T + t] ?? 0) + r[m];
	}
	const group = Float64Array.from(places, (p) =>
		p.joined === null ? Infinity : monthOrdinal(p.joined) - first
	);
	const dataStart = Math.min(0, monthOrdinal(input.dataFrom ?? input.from) - first);
	return { periods, places, group, measures, dataStart };
}
