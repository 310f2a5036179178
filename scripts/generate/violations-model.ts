/**
 * The violations model: cases per city × month × type drawn from Poisson(orders × rate), with
 * higher rates in newly joined cities and the 2021 crackdown. See data/README.md.
 */
import {
	CASE_ORDER_VALUE_FACTOR,
	CASE_VALUE_SIGMA,
	ENFORCEMENT_FACTOR,
	ENFORCEMENT_FROM,
	ORDERS_PER_CASE,
	ORDERS_PER_CASE_SIGMA,
	VIOLATION_RATE_PER_10K
} from './assumptions';
import { newCityFactor } from '../../src/lib/model/sample-effects';
import { joinedMonthIndex } from './cities';
import { MONTHS, monthIndex } from './calendar';
import type { CityMonthTotals } from './imports-model';
import { lognormalMeanOne, poisson } from './distributions';
import { createRng } from './prng';
import type { ReferenceData } from './reference';

/** Columns of the `violations` table. */
export interface ViolationsColumns {
	readonly month: string[];
	readonly city_code: string[];
	readonly type: string[];
	readonly cases: Int32Array;
	readonly orders_involved: Int32Array;
	readonly value_cny: Float64Array;
}

export { newCityFactor };

/** Rate multiplier of a type in month index t (the crackdown from `ENFORCEMENT_FROM`). */
export function enforcementFactor(type: string, t: number): number {
	return t >= monthIndex(ENFORCEMENT_FROM) ? (ENFORCEMENT_FACTOR[type] ?? 1) : 1;
}

function required(table: Readonly<Record<string, number>>, name: string, type: string): number {
	const v = table[type];
	if (v === undefined)
		throw new Error(`assumptions: ${name} has no value for violation type '${type}'`);
	return v;
}

/** Runs the violations model on the city-month totals of the imports model. */
export function modelViolations(
	ref: ReferenceData,
	totals: CityMonthTotals,
	seed: string
): ViolationsColumns {
	const { cities, violationTypes } = ref;
	const T = MONTHS.length;
	const types = violationTypes.map((v) => ({
		id: v.id,
		bondedOnly: v.channel_scope === '1210',
		rate: required(VIOLATION_RATE_PER_10K, 'VIOLATION_RATE_PER_10K', v.id) / 10_000,
		perCase: required(ORDERS_PER_CASE, 'ORDERS_PER_CASE', v.id),
		valueFactor: CASE_ORDER_VALUE_FACTOR[v.id] ?? 1
	}));
	types.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const out = {
		month: [] as string[],
		city_code: [] as string[],
		type: [] as string[],
		cases: [] as number[],
		orders_involved: [] as number[],
		value_cny: [] as number[]
	};
	const rngs = cities.map((c) => createRng(seed, 'violations', c.code));
	const joined = cities.map(joinedMonthIndex);
	const cityOrder = cities
		.map((_, c) => c)
		.sort((a, b) => {
			const [x, y] = [cities[a]?.code ?? '', cities[b]?.code ?? ''];
			return x < y ? -1 : x > y ? 1 : 0;
		});
	// Rows in primary-key order (month, city code, type); each city keeps its own stream.
	for (const { index: t, date } of MONTHS) {
		for (const c of cityOrder) {
			const rng = rngs[c]!;
			const cm = c * T + t;
			const fresh = newCityFactor(t - (joined[c] ?? 0));
			for (const v of types) {
				const orders = (v.bondedOnly ? totals.bondedOrders[cm] : totals.allOrders[cm]) ?? 0;
				const value = (v.bondedOnly ? totals.bondedValue[cm] : totals.allValue[cm]) ?? 0;
				const cases = poisson(rng, orders * v.rate * fresh * enforcementFactor(v.id, t));
				if (cases === 0) continue;
				const size = v.perCase * lognormalMeanOne(rng, ORDERS_PER_CASE_SIGMA);
				const involved = Math.min(
					Math.max(cases, Math.round(cases * size)),
					Math.max(cases, orders)
				);
				const avgOrder = value / orders;
				const caseValue = avgOrder * v.valueFactor * lognormalMeanOne(rng, CASE_VALUE_SIGMA);
				out.month.push(date);
				out.city_code.push(cities[c]?.code ?? '');
				out.type.push(v.id);
				out.cases.push(cases);
				out.orders_involved.push(involved);
				out.value_cny.push(Math.round(involved * caseValue));
			}
		}
	}
	return {
		...out,
		cases: Int32Array.from(out.cases),
		orders_involved: Int32Array.from(out.orders_involved),
		value_cny: Float64Array.from(out.value_cny)
	};
}
