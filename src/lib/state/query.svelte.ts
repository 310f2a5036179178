/**
 * The one place queries run: tracks pending and error, drops results that arrive after the inputs
 * changed, and caches by SQL + params (the cache is cleared when the data changes). Results are kept raw (not deeply reactive).
 */
import { queryKey, type QuerySpec, type Row } from '../db/connector';
import { dataEngine } from './engine.svelte';

// Deliberately not reactive: the cache only memoises promises.
const cache = new Map<string, Promise<Row[]>>();
const CACHE_LIMIT = 200;

export class QueryResult<T> {
	rows = $state.raw<T[] | null>(null);
	pending = $state(true);
	error = $state<string | null>(null);

	#ticket = 0;

	/** `spec` is read inside an effect: when what it reads changes, the query runs again. */
	constructor(spec: () => QuerySpec | null) {
		$effect(() => {
			const engine = dataEngine();
			const query = spec();
			void engine.generation; // re-run when the data is replaced
			const ticket = ++this.#ticket;
			if (!query) {
				this.pending = false;
				return;
			}
			this.pending = true;
			this.error = null;
			run<T>(query).then(
				(rows) => {
					if (ticket !== this.#ticket) return;
					this.rows = rows;
					this.pending = false;
				},
				(error: unknown) => {
					if (ticket !== this.#ticket) return;
					this.error = error instanceof Error ? error.message : String(error);
					this.pending = false;
				}
			);
		});
	}
}

/** Forgets every cached result; call when tables are replaced. */
export function clearQueryCache(): void {
	cache.clear();
}

function run<T>(query: QuerySpec): Promise<T[]> {
	const key = queryKey(query);
	let hit = cache.get(key);
	if (!hit) {
		hit = dataEngine()
			.ready()
			.then((connector) => connector.query(query));
		hit.catch(() => cache.delete(key));
		if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
		cache.set(key, hit);
	}
	return hit as Promise<T[]>;
}
