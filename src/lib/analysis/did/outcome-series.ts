/**
 * An outcome as the estimator reads it: a value per place-month (value, orders; in logs or
 * levels), or a numerator and denominator summed before dividing (average order value, violation
 * rate), so a ratio is never an average of place ratios. Pure.
 */
import type { DidPanel } from './panel';
import type { DidOutcome, DidScale } from './options';

export type OutcomeSeries =
	| {
			readonly kind: 'linear';
			/** [place × T + period]; NaN where the value cannot be used (≤ 0 on a log outcome). */
			readonly y: Float64Array;
	  }
	| {
			readonly kind: 'ratio';
			readonly log: boolean;
			readonly num: Float64Array;
			readonly den: Float64Array;
	  };

export interface PreparedOutcome {
	readonly series: OutcomeSeries;
	/** Place-months left out of a log outcome because their value was zero or negative. */
	readonly dropped: { readonly places: number; readonly months: number };
}

/** Cases are counted per 10,000 orders, as everywhere in the app. */
export const RATE_PER = 10_000;

export function prepareOutcome(
	panel: DidPanel,
	outcome: DidOutcome,
	scale: DidScale
): PreparedOutcome {
	const m = panel.measures;
	if (outcome === 'aov' || outcome === 'rate') {
		const num = outcome === 'aov' ? m.value : m.cases.map((c) => c * RATE_PER);
		const den = outcome === 'aov' ? m.orders : m.all_orders;
		return {
			series: { kind: 'ratio', log: scale === 'log', num, den },
			dropped: { places: 0, months: 0 }
		};
	}
	const raw = outcome === 'value' ? m.value : m.orders;
	if (scale === 'level')
		return { series: { kind: 'linear', y: raw }, dropped: { places: 0, months: 0 } };
	const T = panel.periods.length;
	const y = new Float64Array(raw.length);
	let months = 0;
	const places = new Set<number>();
	for (let k = 0; k < raw.length; k++) {
		const v = raw[k] ?? 0;
		if (v > 0) y[k] = Math.log(v);
		else {
			y[k] = NaN;
			months++;
			places.add(Math.floor(k / T));
		}
	}
	return { series: { kind: 'linear', y }, dropped: { places: places.size, months } };
}
