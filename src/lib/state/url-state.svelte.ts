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

	constructor(viewParams: readonly ViewParam<unknown>[] = [], source: UrlSource = PAGE_URL) {
		this.#viewParams = viewParams;
		this.#source = source;
		this.inAddressBar = source === PAGE_URL;
		this.params = $derived(source.params());
		const known = [...GLOBAL_PARAMS, ...viewParams.map((p) => p.name)];
		this.#parsed = $derived(parseFilters(this.params, FILTER_DOMAIN, known));
		this.filters = stableFilters(() => this.#parsed.filters);
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
	 * Applies a change to the filters and/or view parameters. Invalid parameters are dropped from the
	 * new URL; defaults are left out. `replace` for continuous input (drags, playback).
	 */
	async update(
		change: { filters?: Partial<Filters>; view?: Record<string, unknown> },
		{ replace = false }: { replace?: boolean } = {}
	): Promise<void> {
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
		const filters = { ...this.filters, ...(change.filters ?? {}) };
		await this.#source.navigate(serialiseFilters(filters, next).toString(), replace);
	}

	/** Back to the defaults, keeping the language. */
	reset(): Promise<void> {
		return this.update({
			filters: DEFAULT_FILTERS,
			view: Object.fromEntries(this.#viewParams.map((p) => [p.name, p.defaultValue]))
		});
	}
}

const [getUrlState, setUrlState] = createContext<UrlState>();

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
