/**
 * The imports model: city × month × category × channel values, calibrated to the national annual
 * targets, and orders derived from them. See data/README.md, "The imports model".
 */
import { CHANNELS } from '../../src/lib/schema';
import { CELL_SIGMA, CITY_MONTH_SIGMA, ORDER_VALUE_SIGMA, SHARE_ANCHOR_YEAR } from './assumptions';
import { bondedRamp, directLevel } from '../../src/lib/model/sample-effects';
import { joinedMonthIndex } from './cities';
import { MONTHS, YEARS } from './calendar';
import { smoothMultipliers } from './calibration';
import { categoryTilts, nationalShares } from './category-mix';
import { citySizes } from './city-size';
import { lognormalMeanOne } from './distributions';
import { createRng } from './prng';
import type { ReferenceData } from './reference';
import { seasonFactor } from './seasonality';

/** Columns of the `imports` table. */
export interface ImportsColumns {
	readonly month: string[];
	readonly city_code: string[];
	readonly category: string[];
	readonly channel: string[];
	readonly orders: Int32Array;
	readonly value_cny: Float64Array;
}

/** City-month totals of the emitted rows, [city * months + month] (cities in reference order). */
export interface CityMonthTotals {
	readonly bondedOrders: Float64Array;
	readonly allOrders: Float64Array;
	readonly bondedValue: Float64Array;
	readonly allValue: Float64Array;
}

/** The imports table and the totals the violations model needs. */
export interface ImportsModel {
	readonly columns: ImportsColumns;
	readonly cityMonth: CityMonthTotals;
}

const BONDED = 0;
const DIRECT = 1;

// The joining effect's curves (src/lib/model/sample-effects.ts), as the generator's tests use them.
export { bondedRamp, directLevel };

/** Runs the imports model. */
export function modelImports(ref: ReferenceData, seed: string): ImportsModel {
	if (CHANNELS[BONDED] !== '1210' || CHANNELS[DIRECT] !== '9610') throw new Error('channel order');
	const { cities, categories, sampleTargets } = ref;
	const C = cities.length;
	const T = MONTHS.length;
	const K = categories.length;
	const cell = (c: number, t: number, k: number, h: number) => ((c * T + t) * K + k) * 2 + h;

	const sizes = citySizes(cities, seed);
	const tilts = categoryTilts(cities, categories, seed);
	// A comparison place never joins: its bonded level stays zero in every month.
	const joined = cities.map(joinedMonthIndex);

	// National shares × city tilt, renormalised per city: tilt moves no value between cities.
	const mix = new Float64Array(C * YEARS.length * K);
	YEARS.forEach((year, y) => {
		const shares = nationalShares(categories, year);
		for (let c = 0; c < C; c++) {
			let sum = 0;
			for (let k = 0; k < K; k++) sum += (shares[k] ?? 0) * (tilts[c * K + k] ?? 0);
			for (let k = 0; k < K; k++) {
				mix[(c * YEARS.length + y) * K + k] = ((shares[k] ?? 0) * (tilts[c * K + k] ?? 0)) / sum;
			}
		}
	});

	const raw = new Float64Array(C * T * K * 2);
	const orderValue = new Float64Array(raw.length);
	cities.forEach((city, c) => {
		const monthRng = createRng(seed, 'city-month', city.code);
		const cellRng = createRng(seed, 'cell', city.code);
		const aovRng = createRng(seed, 'order-value', city.code);
		for (const { index: t, year, month } of MONTHS) {
			const y = year - (YEARS[0] ?? year);
			const common =
				(sizes[c] ?? 0) * seasonFactor(year, month) * lognormalMeanOne(monthRng, CITY_MONTH_SIGMA);
			const levels = [bondedRamp(t - (joined[c] ?? 0)), directLevel(t)];
			for (let k = 0; k < K; k++) {
				const share = mix[(c * YEARS.length + y) * K + k] ?? 0;
				const avg = categories[k]?.avg_order_cny ?? 0;
				for (let h = 0; h < 2; h++) {
					// Draw even for zero cells, so a city's draws do not depend on its join date.
					const noise = lognormalMeanOne(cellRng, CELL_SIGMA);
					const i = cell(c, t, k, h);
					raw[i] = common * (levels[h] ?? 0) * share * noise;
					orderValue[i] = avg * lognormalMeanOne(aovRng, ORDER_VALUE_SIGMA);
				}
			}
		}
	});

	const targets = sampleTargets.map((s) => s.value_cny_bn * 1e9);
	const value = calibrate(
		raw,
		{ C, T, K },
		targets,
		categories.map((c) => c.share_2022_pct / 100)
	);
	const scale = roundToTargets(value, orderValue, T, K, targets);
	return emit(ref, value, orderValue, scale, { C, T, K });
}

interface Dims {
	readonly C: number;
	readonly T: number;
	readonly K: number;
}

/**
 * Scales raw values so every year hits its target (smoothly over months) and the national
 * category shares of the anchor year equal the reference shares. Alternates the two until both
 * hold: a category factor is one constant for all years, so the drift of the mix is kept.
 */
function calibrate(
	raw: Float64Array,
	d: Dims,
	targets: readonly number[],
	anchorShares: readonly number[]
) {
	const catFactor = new Float64Array(d.K).fill(1);
	const anchor = YEARS.indexOf(SHARE_ANCHOR_YEAR);
	const value = new Float64Array(raw.length);
	for (let iter = 0; iter < 8; iter++) {
		const monthly = new Float64Array(d.T);
		for (let i = 0; i < raw.length; i++) {
			const t = Math.floor(i / (d.K * 2)) % d.T;
			const k = Math.floor(i / 2) % d.K;
			monthly[t] = (monthly[t] ?? 0) + (raw[i] ?? 0) * (catFactor[k] ?? 0);
		}
		const f = smoothMultipliers(monthly, targets);
		const byCategory = new Float64Array(d.K);
		let total = 0;
		for (let i = 0; i < raw.length; i++) {
			const t = Math.floor(i / (d.K * 2)) % d.T;
			const k = Math.floor(i / 2) % d.K;
			const v = (raw[i] ?? 0) * (catFactor[k] ?? 0) * (f[t] ?? 0);
			value[i] = v;
			if (Math.floor(t / 12) === anchor) {
				byCategory[k] = (byCategory[k] ?? 0) + v;
				total += v;
			}
		}
		let worst = 0;
		for (let k = 0; k < d.K; k++) {
			const ratio = (anchorShares[k] ?? 0) / ((byCategory[k] ?? 0) / total);
			catFactor[k] = (catFactor[k] ?? 0) * ratio;
			worst = Math.max(worst, Math.abs(ratio - 1));
		}
		if (worst < 1e-9) break;
	}
	return value;
}

/**
 * Per-year factors (close to 1) such that the rows kept after rounding (whole yuan, ≥ 1 order)
 * add up to each year's target: dropping rows with no order would otherwise leave a shortfall.
 */
function roundToTargets(
	value: Float64Array,
	orderValue: Float64Array,
	T: number,
	K: number,
	targets: readonly number[]
): Float64Array {
	const scale = new Float64Array(targets.length).fill(1);
	for (let iter = 0; iter < 6; iter++) {
		const kept = new Float64Array(targets.length);
		for (let i = 0; i < value.length; i++) {
			const y = Math.floor((Math.floor(i / (K * 2)) % T) / 12);
			const v = Math.round((value[i] ?? 0) * (scale[y] ?? 0));
			if (Math.round(v / (orderValue[i] ?? 1)) >= 1) kept[y] = (kept[y] ?? 0) + v;
		}
		for (let y = 0; y < targets.length; y++)
			scale[y] = (scale[y] ?? 0) * ((targets[y] ?? 0) / (kept[y] ?? 1));
	}
	return scale;
}

function emit(
	ref: ReferenceData,
	value: Float64Array,
	orderValue: Float64Array,
	scale: Float64Array,
	d: Dims
): ImportsModel {
	const { cities, categories } = ref;
	const columns = {
		month: [] as string[],
		city_code: [] as string[],
		category: [] as string[],
		channel: [] as string[],
		orders: [] as number[],
		value_cny: [] as number[]
	};
	const totals: CityMonthTotals = {
		bondedOrders: new Float64Array(d.C * d.T),
		allOrders: new Float64Array(d.C * d.T),
		bondedValue: new Float64Array(d.C * d.T),
		allValue: new Float64Array(d.C * d.T)
	};
	// Rows in primary-key order: month, city code, category, channel.
	const cityOrder = cities
		.map((_, c) => c)
		.sort((a, b) => compare(cities[a]?.code, cities[b]?.code));
	const catOrder = categories
		.map((_, k) => k)
		.sort((a, b) => compare(categories[a]?.id, categories[b]?.id));
	for (const { index: t, date } of MONTHS) {
		const s = scale[Math.floor(t / 12)] ?? 0;
		for (const c of cityOrder) {
			const cm = c * d.T + t;
			for (const k of catOrder) {
				for (let h = 0; h < 2; h++) {
					const i = ((c * d.T + t) * d.K + k) * 2 + h;
					const v = Math.round((value[i] ?? 0) * s);
					const orders = Math.round(v / (orderValue[i] ?? 1));
					if (orders < 1) continue;
					columns.month.push(date);
					columns.city_code.push(cities[c]?.code ?? '');
					columns.category.push(categories[k]?.id ?? '');
					columns.channel.push(h === BONDED ? '1210' : '9610');
					columns.orders.push(orders);
					columns.value_cny.push(v);
					totals.allOrders[cm] = (totals.allOrders[cm] ?? 0) + orders;
					totals.allValue[cm] = (totals.allValue[cm] ?? 0) + v;
					if (h === BONDED) {
						totals.bondedOrders[cm] = (totals.bondedOrders[cm] ?? 0) + orders;
						totals.bondedValue[cm] = (totals.bondedValue[cm] ?? 0) + v;
					}
				}
			}
		}
	}
	return {
		columns: {
			...columns,
			orders: Int32Array.from(columns.orders),
			value_cny: Float64Array.from(columns.value_cny)
		},
		cityMonth: totals
	};
}

function compare(a: string | undefined, b: string | undefined): number {
	return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
