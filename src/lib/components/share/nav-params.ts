/**
 * The shared filters travel from page to page: the navigation's links carry the valid filters
 * (phase, prov, city, cat, ch, from, to, metric) and the language of the current URL, and the
 * clear-filters link drops the filters while keeping everything else on the page.
 */
import {
	FILTER_PARAMS,
	isUnfiltered,
	parseFilters,
	serialiseFilters,
	type Filters
} from '$lib/model/filters';
import { FILTER_DOMAIN } from '$lib/reference/domain';

const FILTER_NAMES = new Set<string>(Object.values(FILTER_PARAMS));

/** The valid shared filters of a URL (anything malformed stays behind, with its notice). */
export function sharedFilters(current: URLSearchParams): Filters {
	const only = new URLSearchParams([...current].filter(([name]) => FILTER_NAMES.has(name)));
	return parseFilters(only, FILTER_DOMAIN).filters;
}

/** The query string a navigation link carries: the shared filters and the language. */
export function carriedSearch(current: URLSearchParams): string {
	const base = new URLSearchParams();
	const lang = current.get('lang');
	if (lang === 'en' || lang === 'zh') base.set('lang', lang);
	return serialiseFilters(sharedFilters(current), base).toString();
}

/** `href` with the carried query string. */
export function withCarried(href: string, current: URLSearchParams): string {
	const search = carriedSearch(current);
	return search ? `${href}?${search}` : href;
}

/** True when the URL narrows the data or changes the metric. */
export function hasSharedFilters(current: URLSearchParams): boolean {
	const filters = sharedFilters(current);
	return !isUnfiltered(filters) || filters.metric !== 'value';
}

/** The same page without the shared filters (its view parameters and language stay). */
export function clearedSearch(current: URLSearchParams): string {
	const out = new URLSearchParams([...current].filter(([name]) => !FILTER_NAMES.has(name)));
	return out.toString();
}
