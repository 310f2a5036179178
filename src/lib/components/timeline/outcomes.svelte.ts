/**
 * The page's one outcome estimate (analysis/did): the input panel's two queries under the page's
 * filters, the estimator run on their rows with the outcome, scale and comparison group chosen in
 * the URL, cached per filter state. Every outcome view of the page (the sentences, the event-time
 * chart, the group × time table, the growth table, the export) reads this one result, so they
 * cannot disagree. The time the estimate took is kept, for the page and the benchmark.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Filters } from '$lib/model/filters';
import { QueryResult } from '$lib/state/query.svelte';
import { getEngine } from '$lib/state/engine-context';
import type { UrlState } from '$lib/state/url-state.svelte';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '$lib/queries/outcomes';
import {
	EstimateCache,
	estimatesExportSource,
	type DidOptions,
	type DidResult
} from '$lib/analysis/did';
import { RemoteEstimator } from '$lib/analysis/did/remote';
import type { ExportSource } from '$lib/export/source';
import { comparisonParam, effectScaleParam, outcomeParam } from './params';

/** The performance measure of each estimate: its duration is the milliseconds it took. */
export const ESTIMATE_MEASURE = 'pa:did-estimate';

// One cache for the page's life: going back to a filter state shows its estimate at once.
const cache = new EstimateCache();
const estimator = new RemoteEstimator();

export interface EstimateRun {
	readonly result: DidResult;
	/** Milliseconds the estimator took (0 when the result came from the cache). */
	readonly ms: number;
	readonly cached: boolean;
}

export class OutcomeEstimate {
	readonly #places: QueryResult<OutcomePlaceRow>;
	readonly #months: QueryResult<OutcomeMonthRow>;
	readonly options: Partial<DidOptions>;
	#run = $state.raw<EstimateRun | null>(null);
	#computing = $state(false);
	#failure = $state<string | null>(null);
	readonly pending: boolean;
	readonly updating: boolean;
	readonly error: string | null;

	/** The filters the estimate is for: the page's, held where a brush drag began until it ends. */
	readonly filters: Filters;
	/** True while a drag moves the page's months away from the estimate's (shown, not busy). */
	readonly held: boolean;

	constructor(url: UrlState) {
		const engine = getEngine();
		// Each estimate is two queries and tens of ms of arithmetic: a brush drag is estimated
		// where it ends, not at every step; a click at once.
		this.filters = $derived(url.settled);
		this.held = $derived(url.moving);
		this.#places = new QueryResult<OutcomePlaceRow>(() => outcomePlacesQuery(this.filters));
		this.#months = new QueryResult<OutcomeMonthRow>(() => outcomeMonthsQuery(this.filters));
		this.options = $derived({
			outcome: url.view(outcomeParam) === 'rate' ? 'rate' : this.filters.metric,
			scale: url.view(effectScaleParam),
			comparison: url.view(comparisonParam)
		});
		// Off the page's thread (analysis/did/remote.ts); an answer for inputs that have changed
		// since is dropped (the effect's cleanup), and each is cached by the answers it read.
		$effect(() => {
			const places = this.#places.rows;
			const months = this.#months.rows;
			const options = this.options;
			if (!places || !months) return;
			// Keyed by the answers themselves, not by the filters: rows still showing the last
			// state's answer must never be cached under the new state's key.
			const key = EstimateCache.keyOf(
				[rowsId(places), rowsId(months)],
				String(engine.generation),
				options
			);
			const hit = cache.peek(key);
			if (hit) {
				this.#run = { result: hit, ms: 0, cached: true };
				this.#computing = false;
				this.#failure = null;
				return;
			}
			let current = true;
			this.#computing = true;
			estimator.estimate(places, months, options).then(
				(answer) => {
					if (!current || !answer) return;
					if (answer.result) cache.put(key, answer.result);
					this.#run = answer.result
						? { result: answer.result, ms: answer.ms, cached: false }
						: null;
					this.#computing = false;
					this.#failure = null;
					markEstimate(answer.ms);
				},
				(error: unknown) => {
					if (!current) return;
					this.#computing = false;
					this.#failure = error instanceof Error ? error.message : String(error);
				}
			);
			return () => {
				current = false;
			};
		});
		this.pending = $derived(
			this.#places.pending || this.#months.pending || (this.#computing && this.#run === null)
		);
		this.updating = $derived(
			this.#places.updating || this.#months.updating || (this.#computing && this.#run !== null)
		);
		this.error = $derived(this.#places.error ?? this.#months.error ?? this.#failure);
	}

	/** The estimate shown (the last one answered), with its timing. */
	get run(): EstimateRun | null {
		return this.#run;
	}

	get result(): DidResult | null {
		return this.#run?.result ?? null;
	}

	/** The input panel's queries under the filters of the estimate. */
	queries() {
		return {
			places: outcomePlacesQuery(this.filters),
			months: outcomeMonthsQuery(this.filters)
		};
	}

	/** The estimates as an export (rows, filters, the SQL of the input panel). */
	exportSource(): ExportSource | null {
		const r = this.result;
		return r ? estimatesExportSource(r, this.filters, this.queries()) : null;
	}
}

// Each answer (an array of rows) gets a number, so equal answers share a cache entry.
const ids = new WeakMap<object, number>();
let nextId = 0;
function rowsId(rows: object): string {
	let id = ids.get(rows);
	if (id === undefined) ids.set(rows, (id = ++nextId));
	return String(id);
}

function markEstimate(ms: number): void {
	if (typeof performance === 'undefined' || typeof window === 'undefined') return;
	const end = performance.now();
	performance.measure(ESTIMATE_MEASURE, { start: end - ms, end });
}

const KEY = Symbol('outcome-estimate');

/** Creates the page's estimate and shares it with the panels below (call in the page). */
export function provideOutcomes(url: UrlState): OutcomeEstimate {
	return setContext(KEY, new OutcomeEstimate(url));
}

/** The page's estimate; a panel shown on its own (a report block) makes its own from its URL. */
export function useOutcomes(url: UrlState): OutcomeEstimate {
	return hasContext(KEY) ? getContext<OutcomeEstimate>(KEY) : new OutcomeEstimate(url);
}
