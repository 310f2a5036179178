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
	return new ImportSplitter(columns, k, seed).next();
}

/**
 * The same split, a range of cells at a time (e.g. one month per Parquet file): one random stream
 * and one set of dictionaries over all the cells, so the chunks together are exactly the rows
 * `splitImports` gives.
 */
export class ImportSplitter {
	readonly #columns: ImportsColumns;
	readonly #k: number;
	readonly #rng: { next(): number };
	readonly #dict = {
		city: new Map<string, number>(),
		category: new Map<string, number>(),
		channel: new Map<string, number>()
	};
	readonly #days = new Map<string, number>();
	#pos = 0;

	constructor(columns: ImportsColumns, k: number, seed: string) {
		this.#columns = columns;
		this.#k = k;
		this.#rng = createRng(seed, 'scale-batches');
	}

	/** True once every cell has been split. */
	get done(): boolean {
		return this.#pos >= this.#columns.orders.length;
	}

	/** The month of the next cell ('YYYY-MM-DD'), or null when done. */
	get month(): string | null {
		return this.done ? null : this.#columns.month[this.#pos]!;
	}

	/** Index after the last cell of the month the next cell is in (cells are in month order). */
	monthEnd(): number {
		const { month } = this.#columns;
		let end = this.#pos;
		while (end < month.length && month[end] === month[this.#pos]) end++;
		return end;
	}

	/** Splits the cells from the last position up to `end` (default: all that are left). */
	next(end = this.#columns.orders.length): SplitColumns {
		const columns = this.#columns;
		const k = this.#k;
		let length = 0;
		for (let i = this.#pos; i < end; i++) length += Math.max(1, Math.min(k, columns.orders[i]!));
		const out = {
			monthDays: new Int32Array(length),
			city: new Int16Array(length),
			category: new Int8Array(length),
			channel: new Int8Array(length),
			orders: new Int32Array(length),
			value: new Float64Array(length)
		};
		const dict = this.#dict;
		const code = (m: Map<string, number>, v: string) => {
			let c = m.get(v);
			if (c === undefined) m.set(v, (c = m.size));
			return c;
		};
		const days = this.#days;
		const parts: number[] = [];
		const values: number[] = [];
		let row = 0;
		for (let i = this.#pos; i < end; i++) {
			const month = columns.month[i]!;
			let d = days.get(month);
			if (d === undefined) days.set(month, (d = Date.parse(`${month}T00:00:00Z`) / 86_400_000));
			const city = code(dict.city, columns.city_code[i]!);
			const category = code(dict.category, columns.category[i]!);
			const channel = code(dict.channel, columns.channel[i]!);
			const n = splitCell(columns.orders[i]!, columns.value_cny[i]!, k, this.#rng, parts, values);
			for (let j = 0; j < n; j++, row++) {
				out.monthDays[row] = d;
				out.city[row] = city;
				out.category[row] = category;
				out.channel[row] = channel;
				out.orders[row] = parts[j]!;
				out.value[row] = values[j]!;
			}
		}
		this.#pos = Math.max(this.#pos, end);
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
}
