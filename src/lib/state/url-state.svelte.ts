/**
 * The URL as the page's state: filters and view parameters are derived from `page.url`, and every
 * change is a navigation (push for a choice, replace while dragging), so back/forward, reload and
 * shared links all restore the same view. Nothing is written to the URL during start-up.
 */
import { createContext } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { FILTER_DOMAIN } from '../reference/domain';
import { currentSearchParams } from './search-params';
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
	params: currentSearchParams,
	navigate: (search, replace) =>
		goto(`${page.url.pathname}${search ? `?${search}` : ''}`, {
			replaceState: replace,
			keepFocus: true,
			noScroll: true
		})
};

export class UrlState {
	readonly #viewParams: readonly ViewParam<unknown>[];
	#dismissedFor = $state<string | null>(null);

	/** The current search parameters (empty while prerendering, where there is no query string). */
	readonly params: URLSearchParams;
	readonly #parsed: { filters: Filters; notices: Notice[] };
	readonly #viewNotices: Notice[];
	readonly filters: Filters;
	/** What was dropped from the URL; empty once the user dismisses it (until the URL changes). */
	readonly notices: Notice[];

	readonly #source: UrlSource;

	constructor(viewParams: readonly ViewParam<unknown>[] = [], source: UrlSource = PAGE_URL) {
		this.#viewParams = viewParams;
		this.#source = source;
		this.params = $derived(source.params());
		const known = [...GLOBAL_PARAMS, ...viewParams.map((p) => p.name)];
		this.#parsed = $derived(parseFilters(this.params, FILTER_DOMAIN, known));
		this.filters = $derived(this.#parsed.filters);
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

	/** The value of a view parameter (its default when absent or invalid). */
	view<T>(param: ViewParam<T>): T {
		const raw = this.params.get(param.name);
		const value = raw === null ? undefined : param.parse(raw);
		return value === undefined ? param.defaultValue : value;
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

	/**
	 * Applies a change to the filters and/or view parameters. Invalid parameters are dropped from the
	 * new URL; defaults are left out. `replace` for continuous input (drags, playback).
	 */
	async update(
		change: { filters?: Partial<Filters>; view?: Record<string, unknown> },
		{ replace = false }: { replace?: boolean } = {}
	): Promise<void> {
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
