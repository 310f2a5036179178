/**
 * Checks the magnitude of what is about to load, before it loads: a wrong unit (万元 read as 元)
 * moves every value by orders of magnitude, which two independent yardsticks show — the year's
 * total against the national retail-import value the sample is calibrated to (published figures,
 * `sample_targets`), and the average order value (value ÷ orders) against what a retail-import
 * parcel costs. Warnings, not refusals: a file of one small place is legitimately tiny.
 */
import type { TableSpec } from '../schema';
import type { Validation } from './validate';

export type ScaleWarning =
	| {
			readonly code: 'above-national';
			readonly column: string;
			readonly year: string;
			readonly total: number;
			readonly national: number;
			readonly ratio: number;
	  }
	| {
			readonly code: 'far-below-national';
			readonly column: string;
			readonly year: string;
			readonly total: number;
			readonly national: number;
			readonly ratio: number;
	  }
	| {
			readonly code: 'implausible-order-value';
			readonly column: string;
			readonly perOrder: number;
	  };

/** A file's year may exceed the national total by this much only through a wrong unit. */
const ABOVE = 1.5;
/** 万元 read as 元 puts even a 37-city file near 5e-5 of the nation; one small city sits near 1e-4. */
const BELOW = 1e-5;
/** Average order values outside this range (yuan) mean value and orders disagree on units. */
const PER_ORDER = { min: 5, max: 50_000 } as const;

/** The national retail-import value per year (yuan), from the calibration targets. */
export type NationalScale = Readonly<Record<string, number>>;

export function scaleWarnings(
	spec: TableSpec,
	validation: Pick<Validation, 'sums' | 'yearSums' | 'goodRows'>,
	national: NationalScale
): ScaleWarning[] {
	if (validation.goodRows === 0) return [];
	const out: ScaleWarning[] = [];
	if (spec.name === 'imports') {
		for (const [year, total] of Object.entries(validation.yearSums.value_cny ?? {})) {
			const reference = national[year];
			if (!reference || total <= 0) continue;
			const ratio = total / reference;
			if (ratio > ABOVE) {
				out.push({
					code: 'above-national',
					column: 'value_cny',
					year,
					total,
					national: reference,
					ratio
				});
			} else if (ratio < BELOW) {
				out.push({
					code: 'far-below-national',
					column: 'value_cny',
					year,
					total,
					national: reference,
					ratio
				});
			}
		}
	}
	const orders = spec.name === 'imports' ? 'orders' : 'orders_involved';
	const value = validation.sums.value_cny;
	const count = validation.sums[orders];
	if (value !== undefined && count) {
		const perOrder = value / count;
		if (perOrder < PER_ORDER.min || perOrder > PER_ORDER.max) {
			out.push({ code: 'implausible-order-value', column: 'value_cny', perOrder });
		}
	}
	return out;
}
