/**
 * The large-scale option: every monthly `imports` cell split into declaration batches (same
 * columns, same key, orders and value that add up exactly to the cell), so the national totals,
 * the calibration and every aggregate are those of the default dataset. See data/README.md,
 * "Scale".
 */
import type { ImportsColumns } from './imports-model';
import { createRng } from './prng';

/** Parses `--scale` ('10m', '2.5m', '500k' or a plain number) into a target row count. */
export function parseScale(text: string): number {
	const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
	if (!m) throw new Error(`--scale: '${text}' is not a row count such as 10m, 500k or 2000000`);
	const factor = { '': 1, k: 1_000, m: 1_000_000 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
	const rows = Math.round(Number(m[1]) * factor);
	if (rows < 1) throw new Error(`--scale: '${text}' asks for no rows`);
	return rows;
}

/** Batches per cell so that `baseRows` cells give about `targetRows` rows (at least 1). */
export function batchesPerCell(baseRows: number, targetRows: number): number {
	return Math.max(1, Math.round(targetRows / Math.max(1, baseRows)));
}

/**
 * Splits `orders` into `k` parts (fewer when there are fewer orders), each at least 1, with seeded
 * uneven sizes, and `value` in proportion in whole yuan. Both sums are exact.
 */
export function splitCell(
	orders: number,
	value: number,
	k: number,
	rng: { next(): number },
	outOrders: number[],
	outValues: number[]
): number {
	const parts = Math.max(1, Math.min(k, orders));
	outOrders.length = 0;
	outValues.length = 0;
	if (parts === 1) {
		outOrders.push(orders);
		outValues.push(value);
		return 1;
	}
	const weights: number[] = [];
	let total = 0;
	for (let j = 0; j < parts; j++) {
		const w = 0.5 + rng.next();
		weights.push(w);
		total += w;
	}
	const spare = orders - parts;
	let given = 0;
	for (let j = 0; j < parts; j++) {
		const extra = j === parts - 1 ? spare - given : Math.floor((spare * weights[j]!) / total);
		given += extra;
		outOrders.push(1 + extra);
	}
	let valueGiven = 0;
	for (let j = 0; j < parts; j++) {
		const v = j === parts - 1 ? value - valueGiven : Math.round((value * outOrders[j]!) / orders);
		valueGiven += v;
		outValues.push(v);
	}
	return parts;
}

/** Column arrays of the split table (strings as indices into the dictionaries). */
export interface SplitColumns {
	readonly length: number;
	readonly monthDays: Int32Array;
	readonly city: Int16Array;
	readonly category: Int8Array;
	readonly channel: Int8Array;
	readonly orders: Int32Array;
	readonly value: Float64Array;
	readonly dictionaries: { city: string[]; category: string[]; channel: string[] };
}

/** Splits every cell of `columns` into about `k` batches (seeded; same seed, same rows). */
export function splitImports(columns: ImportsColumns, k: number, seed: string): SplitColumns {
	const n = columns.orders.length;
	let length = 0;
	for (let i = 0; i < n; i++) length += Math.max(1, Math.min(k, columns.orders[i]!));
	const out = {
		monthDays: new Int32Array(length),
		city: new Int16Array(length),
		category: new Int8Array(length),
		channel: new Int8Array(length),
		orders: new Int32Array(length),
		value: new Float64Array(length)
	};
	const dict = { city: new Map<string, number>(), category: new Map(), channel: new Map() };
	const code = (m: Map<string, number>, v: string) => {
		let c = m.get(v);
		if (c === undefined) m.set(v, (c = m.size));
		return c;
	};
	const days = new Map<string, number>();
	const rng = createRng(seed, 'scale-batches');
	const parts: number[] = [];
	const values: number[] = [];
	let row = 0;
	for (let i = 0; i < n; i++) {
		const month = columns.month[i]!;
		let d = days.get(month);
		if (d === undefined) days.set(month, (d = Date.parse(`${month}T00:00:00Z`) / 86_400_000));
		const city = code(dict.city, columns.city_code[i]!);
		const category = code(dict.category, columns.category[i]!);
		const channel = code(dict.channel, columns.channel[i]!);
		const count = splitCell(columns.orders[i]!, columns.value_cny[i]!, k, rng, parts, values);
		for (let j = 0; j < count; j++, row++) {
			out.monthDays[row] = d;
			out.city[row] = city;
			out.category[row] = category;
			out.channel[row] = channel;
			out.orders[row] = parts[j]!;
			out.value[row] = values[j]!;
		}
	}
	const keys = (m: Map<string, number>) => [...m.keys()];
	return {
		length,
		...out,
		dictionaries: {
			city: keys(dict.city),
			category: keys(dict.category),
			channel: keys(dict.channel)
		}
	};
}
