/**
 * The one place queries run: tracks pending and error, drops results that arrive after the inputs
 * changed, and caches by SQL + params (the cache is cleared when the data changes). Results are kept raw (not deeply reactive).
 */
import { queryKey, type QuerySpec, type Row } from '../db/connector';
import { getEngine } from './engine-context';
import type { DataEngine } from './engine.svelte';
import type { QuerySeed } from '../perf/seed';
import { trackQuery } from '../perf/marks';

// Deliberately not reactive: the cache only memoises promises.
const cache = new Map<string, Promise<Row[]>>();
const CACHE_LIMIT = 200;

export class QueryResult<T> {
	rows = $state.raw<T[] | null>(null);
	/** True until the first result (or error) arrives: charts show their loading state. */
	pending = $state(true);
	/** True while a newer query runs behind a result already shown: charts dim, not blank. */
	updating = $state(false);
	error = $state<string | null>(null);

	#ticket = 0;
	#key: string | null = null;
	/** The build-time key whose result is shown until the live engine answers the same question. */
	#seedKey: string | null = null;

	/**
	 * `spec` is read inside an effect: when what it reads changes, the query runs again. A `seed`
	 * (the same query answered at build time) is shown at once; the live answer then replaces it
	 * without the chart dimming, since it is the same question on the same data.
	 */
	constructor(spec: () => QuerySpec | null, seed?: QuerySeed<T>) {
		const engine = getEngine();
		// Seeds answer for the bundled data only: not once an analyst has replaced it.
		if (seed && engine.generation <= 1) {
			this.rows = seed.rows as T[];
			this.pending = false;
			this.#seedKey = seed.key;
		}
		$effect(() => {
			const query = spec();
			const generation = engine.generation; // re-run when the data is replaced
			const key = query ? `${generation}\u0000${queryKey(query)}` : null;
			if (key !== null && key === this.#key && this.error === null) return; // same question
			this.#key = key;
			const ticket = ++this.#ticket;
			if (!query) {
				this.pending = false;
				return;
			}
			const seeded = this.#seedKey !== null && this.#seedKey === queryKey(query) && generation <= 1;
			if (this.rows === null) this.pending = true;
			else if (!seeded) this.updating = true;
			this.error = null;
			trackQuery(run<T>(engine, query)).then(
				(rows) => {
					if (ticket !== this.#ticket) return;
					this.#seedKey = null;
					this.rows = rows;
					this.pending = false;
					this.updating = false;
				},
				(error: unknown) => {
					if (ticket !== this.#ticket) return;
					this.error = error instanceof Error ? error.message : String(error);
					this.pending = false;
					this.updating = false;
				}
			);
		});
	}
}

/** Forgets every cached result; call when tables are replaced. */
export function clearQueryCache(): void {
	cache.clear();
}

function run<T>(engine: DataEngine, query: QuerySpec): Promise<T[]> {
	// The generation is part of the key: a promise from a replaced (or crashed) engine is never reused.
	const key = `${engine.generation}\u0000${queryKey(query)}`;
	let hit = cache.get(key);
	if (!hit) {
		hit = engine.ready().then((connector) => connector.query(query));
		hit.catch(() => cache.delete(key));
		if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
		cache.set(key, hit);
	}
	return hit as Promise<T[]>;
}
