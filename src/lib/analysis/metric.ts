/** A metric from summed value and orders: additive sums, or the ratio of the sums for AOV. */
import type { Metric } from '../state/filters';

export interface Sums {
	readonly value: number;
	readonly orders: number;
}

/** The metric's figure for a set of sums; average order value is Σ value ÷ Σ orders. */
export function metricOf(sums: Sums, metric: Metric): number | null {
	if (metric === 'orders') return sums.orders;
	if (metric === 'aov') return sums.orders > 0 ? sums.value / sums.orders : null;
	return sums.value;
}

/** Whether a metric can be added up across places (value and orders can; AOV cannot). */
export function isAdditive(metric: Metric): boolean {
	return metric !== 'aov';
}
