/** Summary statistics for benchmark samples: median, percentiles (linear interpolation), spread. */

export interface Summary {
	readonly n: number;
	readonly median: number;
	readonly p50: number;
	readonly p95: number;
	readonly min: number;
	readonly max: number;
	/** Interquartile range (p75 − p25). */
	readonly iqr: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of `values`, interpolating linearly between order statistics. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median, p50/p95, min/max and IQR of `values`. */
export function summarise(values: readonly number[]): Summary {
	const p50 = quantile(values, 0.5);
	return {
		n: values.length,
		median: p50,
		p50,
		p95: quantile(values, 0.95),
		min: values.length ? Math.min(...values) : Number.NaN,
		max: values.length ? Math.max(...values) : Number.NaN,
		iqr: quantile(values, 0.75) - quantile(values, 0.25)
	};
}

/** The element-wise ratio a[i] / b[i] of paired samples (runs measured side by side). */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
	return a.slice(0, b.length).map((x, i) => x / b[i]!);
}
