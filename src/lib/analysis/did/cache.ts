/**
 * Estimates cached per filter state: the key is the input panel's queries (their SQL and bound
 * values), the data version and the estimator's options, so going back to a filter state is
 * instant and any change of data or choice recomputes. A few recent states are kept.
 */
import { queryKey, type QuerySpec } from '../../db/connector';
import type { DidOptions } from './options';
import type { DidResult } from './result';

export class EstimateCache {
	private readonly entries = new Map<string, DidResult>();

	constructor(private readonly capacity = 12) {}

	static key(
		queries: { readonly places: QuerySpec; readonly months: QuerySpec },
		dataVersion: string,
		options: Partial<DidOptions>
	): string {
		return EstimateCache.keyOf(
			[queryKey(queries.places), queryKey(queries.months)],
			dataVersion,
			options
		);
	}

	/** A key from any names of the inputs (e.g. which answer the rows are), data and options. */
	static keyOf(
		inputs: readonly string[],
		dataVersion: string,
		options: Partial<DidOptions>
	): string {
		return [...inputs, dataVersion, stable(options)].join('\u0001');
	}

	/** The cached result (now the most recent), or undefined. */
	peek(key: string): DidResult | undefined {
		const hit = this.entries.get(key);
		if (hit) {
			this.entries.delete(key);
			this.entries.set(key, hit);
		}
		return hit;
	}

	/** Keeps `result` under `key`, dropping the least recent beyond the capacity. */
	put(key: string, result: DidResult): void {
		this.entries.delete(key);
		this.entries.set(key, result);
		while (this.entries.size > this.capacity) {
			this.entries.delete(this.entries.keys().next().value as string);
		}
	}

	/** The cached result, or the computed one (then cached). */
	get(key: string, compute: () => DidResult): DidResult {
		const hit = this.peek(key);
		if (hit) return hit;
		const result = compute();
		this.put(key, result);
		return result;
	}

	get size(): number {
		return this.entries.size;
	}
}

/** JSON with sorted keys, so equal options give equal keys. */
function stable(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	const o = value as Record<string, unknown>;
	return `{${Object.keys(o)
		.sort()
		.map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
		.join(',')}}`;
}
