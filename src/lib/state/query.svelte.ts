/**
 * The one place queries run: tracks pending and error, drops results that arrive after the inputs
 * changed, and caches by SQL + params (the cache is cleared when the data changes). A question
 * nobody waits for any more is dropped before it reaches the engine (see QueryQueue). Results are
 * kept raw (not deeply reactive).
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { queryKey, type QuerySpec } from '../db/connector';
import { getEngine } from './engine-context';
import type { DataEngine } from './engine.svelte';
import { answerAtBuild, embeddedSeed, type QuerySeed } from '../perf/seed';
import { trackQuery } from '../perf/marks';
import { QueryQueue, type Lease } from './query-queue';
import { exposeForTests, testFlags } from './test-hooks';

// Deliberately not reactive: a queue only memoises promises. One per engine (one per page).
const queues = new WeakMap<DataEngine, QueryQueue>();
/** How often a view's question was asked again, and how often it came out unchanged. */
const asked = { evaluated: 0, unchanged: 0 };

function queueFor(engine: DataEngine): QueryQueue {
	let queue = queues.get(engine);
	if (!queue) {
		queue = new QueryQueue((query) => engine.ready().then((connector) => connector.query(query)), {
			keepLog: testFlags()?.keepQueryLog === true
		});
		queues.set(engine, queue);
		exposeForTests({ queryStats: queue.stats, questionStats: asked, queryLog: queue.sentLog });
	}
	return queue;
}

export class QueryResult<T> {
	rows = $state.raw<T[] | null>(null);
	/** True until the first result (or error) arrives: charts show their loading state. */
	pending = $state(true);
	/** True while a newer query runs behind a result already shown: charts dim, not blank. */
	updating = $state(false);
	error = $state<string | null>(null);

	#ticket = 0;
	#key: string | null = null;
	#lease: Lease<T> | null = null;
	/** The build-time key whose result is shown until the live engine answers the same question. */
	#seedKey: string | null = null;

	/**
	 * `spec` is read inside an effect: when what it reads changes, the query runs again. A `seed`
	 * (the same query answered at build time: given, or embedded in the prerendered page) is shown
	 * at once; the live answer then replaces it without the chart dimming, since it is the same
	 * question on the same data. While prerendering, the build-time engine answers at once.
	 */
	constructor(spec: () => QuerySpec | null, seed?: QuerySeed<T>) {
		const engine = getEngine();
		if (!browser) {
			const query = spec();
			const rows = query ? answerAtBuild<T>(query) : undefined;
			if (rows) {
				this.rows = rows;
				this.pending = false;
			}
		}
		if (browser && !seed) {
			const query = untrack(spec);
			seed = query ? embeddedSeed<T>(query) : undefined;
		}
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
			asked.evaluated++;
			// untrack: this run sets `error`; reading it here would re-run a failing query forever
			if (key !== null && key === this.#key && untrack(() => this.error) === null) {
				asked.unchanged++;
				return; // same question
			}
			this.#key = key;
			const ticket = ++this.#ticket;
			this.#lease?.release(); // the older question, if still queued, need not run
			this.#lease = null;
			if (!query) {
				this.pending = false;
				return;
			}
			const seeded = this.#seedKey !== null && this.#seedKey === queryKey(query) && generation <= 1;
			if (this.rows === null) this.pending = true;
			else if (!seeded) this.updating = true;
			this.error = null;
			const lease = queueFor(engine).request<T>(key!, query);
			this.#lease = lease;
			trackQuery(lease.promise).then(
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
		$effect(() => () => this.#lease?.release());
	}
}

/** Forgets every cached result of `engine`'s queue; call when tables are replaced. */
export function clearQueryCache(engine: DataEngine): void {
	queues.get(engine)?.clear();
}
