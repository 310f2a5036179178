/**
 * The metrics registry: each metric is declared once as a sum or a ratio of sums, and both its SQL
 * (queries/metric-sql.ts) and its value from summed rows in JavaScript derive from that one
 * declaration, so the two cannot disagree. Ratios are recomputed from sums, never averaged.
 */

/** Additive totals a fact query returns; every metric is a function of these. */
export type SumName = 'value' | 'orders' | 'cases' | 'flagged';
export type Sums = Partial<Record<SumName, number>>;

/** How a metric's numbers read: yuan amounts, whole counts, or a rate per 10,000. */
export type MetricUnit = 'cny' | 'count' | 'per10k' | 'share';

export interface MetricDef {
	readonly id: string;
	/** Numerator (or the sum itself). */
	readonly sum: SumName;
	/** Denominator, for a ratio of sums. */
	readonly per?: SumName;
	/** Multiplier applied to the ratio (10,000 for a rate per 10,000 orders). */
	readonly scale?: number;
	readonly unit: MetricUnit;
	/** i18n key of the metric's name. */
	readonly labelKey: string;
}

const def = <const T extends MetricDef>(d: T): T => d;

/** The metrics the filter bar offers (`metric` in the URL). */
export const FILTER_METRICS = {
	value: def({ id: 'value', sum: 'value', unit: 'cny', labelKey: 'metric.value' }),
	orders: def({ id: 'orders', sum: 'orders', unit: 'count', labelKey: 'metric.orders' }),
	aov: def({ id: 'aov', sum: 'value', per: 'orders', unit: 'cny', labelKey: 'metric.aov' })
} as const;

/** Outcomes of the compliance views, declared the same way. */
export const COMPLIANCE_METRICS = {
	rate: def({
		id: 'rate',
		sum: 'cases',
		per: 'orders',
		scale: 10_000,
		unit: 'per10k',
		labelKey: 'metric.rate'
	}),
	flaggedShare: def({
		id: 'flaggedShare',
		sum: 'flagged',
		per: 'value',
		unit: 'share',
		labelKey: 'metric.flaggedShare'
	})
} as const;

export const METRICS = Object.keys(FILTER_METRICS) as (keyof typeof FILTER_METRICS)[];
export type Metric = keyof typeof FILTER_METRICS;

/** The definition of a filter metric. */
export function metricDef(metric: Metric): MetricDef {
	return FILTER_METRICS[metric];
}

/** True when the metric can be added up across places and months (sums can; ratios cannot). */
export function isAdditive(metric: Metric | MetricDef): boolean {
	const d = typeof metric === 'string' ? metricDef(metric) : metric;
	return d.per === undefined;
}

/** The metric's figure from summed rows; null when a ratio's denominator is zero or missing. */
export function metricFromSums(metric: Metric | MetricDef, sums: Sums): number | null {
	const d = typeof metric === 'string' ? metricDef(metric) : metric;
	const top = sums[d.sum];
	if (top === undefined || !Number.isFinite(top)) return null;
	if (d.per === undefined) return top;
	const bottom = sums[d.per];
	if (bottom === undefined || !(bottom > 0)) return null;
	return (top / bottom) * (d.scale ?? 1);
}
