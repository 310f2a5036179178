/**
 * The URL as the page's state: filters and view parameters are derived from the address bar, and
 * every change is a new history entry (push for a choice, replace while dragging), so
 * back/forward, reload and shared links all restore the same view. A change is a shallow entry,
 * not a router navigation: nothing is loaded again, and only what reads a changed filter runs
 * again. Nothing is written to the URL during start-up.
 */
import { createContext } from 'svelte';
import { FILTER_DOMAIN } from '../reference/domain';
import { currentSearch, currentUrl, writeUrl } from './location.svelte';
import { keepSame, stableFilters } from './stable.svelte';
import {
	parseFilters,
	serialiseFilters,
	DEFAULT_FILTERS,
	type Filters,
	type Notice
} from '../model/filters';
import type { ViewParam } from './view-param';

/** Parameters every page understands besides the filters. */
export const GLOBAL_PARAMS = ['lang'] as const;

/**
 * Where the state lives: the page's URL by default; a report block keeps its own query string and
 * edits it in place, with the same parsing, defaults and notices.
 */
export interface UrlSource {
	params(): URLSearchParams;
	navigate(search: string, replace: boolean): Promise<void> | void;
}

const PAGE_URL: UrlSource = {
	params: currentSearch,
	navigate: (search, replace) =>
		writeUrl(`${currentUrl().pathname}${search ? `?${search}` : ''}`, { replace })
};

export class UrlState {
	readonly #viewParams: readonly ViewParam<unknown>[];
	#dismissedFor = $state<string | null>(null);

	/** The current search parameters (empty while prerendering, where there is no query string). */
	readonly params: URLSearchParams;
	readonly #parsed: { filters: Filters; notices: Notice[] };
	readonly #viewNotices: Notice[];
	/** One object for the page's life; each field wakes its readers only when it changes. */
	readonly filters: Filters;
	/** What was dropped from the URL; empty once the user dismisses it (until the URL changes). */
	readonly notices: Notice[];

	readonly #source: UrlSource;
	/** True for the page's own state (the address bar), false for a report block's. */
	readonly inAddressBar: boolean;
	readonly #viewValues = new Map<string, (next: unknown) => unknown>();
	/** The filters as they were when a continuous input (a brush drag) began; null otherwise. */
	#heldFilters = $state.raw<Filters | null>(null);
	/**
	 * The filters, except that while a continuous input moves they stay where it began: what views
	 * too costly to follow every step (an estimate, its queries) read. Equal to `filters` once the
	 * input ends.
	 */
	readonly settled: Filters;

	constructor(viewParams: readonly ViewParam<unknown>[] = [], source: UrlSource = PAGE_URL) {
		this.#viewParams = viewParams;
		this.#source = source;
		this.inAddressBar = source === PAGE_URL;
		this.params = $derived(source.params());
		const known = [...GLOBAL_PARAMS, ...viewParams.map((p) => p.name)];
		this.#parsed = $derived(parseFilters(this.params, FILTER_DOMAIN, known));
		this.filters = stableFilters(() => this.#parsed.filters);
		this.settled = $derived(this.#heldFilters ?? this.filters);
		this.#viewNotices = $derived(
			viewParams.flatMap((p) => {
				const raw = this.params.get(p.name);
				return raw !== null && p.parse(raw) === undefined
					? [{ param: p.name, value: raw, reason: 'bad-value' as const }]
					: [];
			})
		);
		this.notices = $derived(
			this.#dismissedFor === this.params.toString()
				? []
				: [...this.#parsed.notices, ...this.#viewNotices]
		);
	}

	/** The value of a view parameter (its default when absent or invalid; the same list while equal). */
	view<T>(param: ViewParam<T>): T {
		const raw = this.params.get(param.name);
		const value = raw === null ? undefined : param.parse(raw);
		let same = this.#viewValues.get(param.name);
		if (!same) this.#viewValues.set(param.name, (same = keepSame()));
		return same(value === undefined ? param.defaultValue : value) as T;
	}

	dismissNotices(): void {
		this.#dismissedFor = this.params.toString();
	}

	/**
	 * The state as a query string: the language, the view parameters that differ from their
	 * defaults and the filters, with `change` applied. Anything invalid is left out.
	 */
	search(change: { filters?: Partial<Filters>; view?: Record<string, unknown> } = {}) {
		const next = new URLSearchParams();
		for (const name of GLOBAL_PARAMS) {
			const v = this.params.get(name);
			if (v !== null) next.set(name, v);
		}
		for (const p of this.#viewParams) {
			const value = p.name in (change.view ?? {}) ? change.view![p.name] : this.view(p);
			if (value !== undefined && JSON.stringify(value) !== JSON.stringify(p.defaultValue)) {
				next.set(p.name, p.serialise(value));
			}
		}
		return serialiseFilters({ ...this.filters, ...(change.filters ?? {}) }, next);
	}

	/** True while a continuous input (a brush drag) moves the filters. */
	get moving(): boolean {
		return this.#heldFilters !== null;
	}

	/**
	 * Applies a change to the filters and/or view parameters. Invalid parameters are dropped from the
	 * new URL; defaults are left out. `replace` for continuous input (drags, playback); `continuous`
	 * while such an input is still moving (its last step passes false), so `settled` holds.
	 */
	async update(
		change: { filters?: Partial<Filters>; view?: Record<string, unknown> },
		{ replace = false, continuous = false }: { replace?: boolean; continuous?: boolean } = {}
	): Promise<void> {
		if (!continuous) this.#heldFilters = null;
		else if (this.#heldFilters === null) this.#heldFilters = { ...this.filters };
		await this.#source.navigate(this.search(change).toString(), replace);
	}

	/** Back to the defaults, keeping the language. */
	reset(): Promise<void> {
		return this.update({
			filters: DEFAULT_FILTERS,
			view: Object.fromEntries(this.#viewParams.map((p) => [p.name, p.defaultValue]))
		});
	}
}

const [getUrlState, setUrlState, hasUrlState] = createContext<UrlState>();

/** Creates the page's URL state and shares it with the panels below (call in the page). */
export function provideUrlState(
	viewParams: readonly ViewParam<unknown>[] = [],
	source?: UrlSource
): UrlState {
	return setUrlState(new UrlState(viewParams, source));
}

/** The URL state the page provided. */
export function useUrlState(): UrlState {
	return getUrlState();
}

/** The URL state, or null on a page that keeps none (the overview). */
export function maybeUrlState(): UrlState | null {
	return hasUrlState() ? getUrlState() : null;
}
