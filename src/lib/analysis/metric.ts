/** A filter metric from summed value and orders (see the registry in model/metrics.ts). */
import { metricFromSums, type Metric } from '../model/metrics';

export { isAdditive } from '../model/metrics';

export interface Sums {
	readonly value: number;
	readonly orders: number;
}

/** The metric's figure for a set of sums; average order value is Σ value ÷ Σ orders. */
export function metricOf(sums: Sums, metric: Metric): number | null {
	return metricFromSums(metric, sums);
}
