/**
 * The embed links of a chart: `/embed/<view>?…` carries only what that view reads — its own
 * parameters from the report registry (loaded when an embed code is first asked for, so no page
 * carries every panel), the filters it applies, and the language — so the embed never shows a
 * "parameter dropped" notice for a link this site made. The full view's link keeps the page's
 * whole state.
 */
import { resolve } from '$app/paths';
import type { EmbedLinks } from '$lib/charts/shell/embed';
import { appliedParams } from '$lib/charts/shell/scope';
import type { Locale } from '$lib/format/number';
import { embedViewId } from '$lib/report/embed-views';
import { VIEW_CONTEXT, appliedFilters } from '$lib/report/view-context';
import type { ReportViewId } from '$lib/report/spec';
import type { ViewParam } from '$lib/state/view-param';
import { sharedFilters } from './nav-params';

/** The embed's query string: the language, the view's valid parameters, the filters it reads. */
export function embedSearch(
	view: ReportViewId,
	state: URLSearchParams,
	params: readonly ViewParam<unknown>[],
	lang: Locale
): URLSearchParams {
	const out = new URLSearchParams({ lang });
	for (const p of params) {
		const raw = state.get(p.name);
		if (raw !== null && p.parse(raw) !== undefined) out.set(p.name, raw);
	}
	// Every filter the view reads, the months it draws as a selection included.
	const reads = appliedFilters({ ...VIEW_CONTEXT[view], ignores: [] });
	const filters = appliedParams(sharedFilters(state), reads);
	for (const [name, value] of Object.entries(filters)) out.set(name, value);
	return out;
}

/** The full view's address for a view's state (the embed's link back). */
export function fullViewHref(view: ReportViewId, search: URLSearchParams, origin: string): string {
	const query = search.toString();
	return new URL(`${resolve(VIEW_CONTEXT[view].page)}${query ? `?${query}` : ''}`, origin).href;
}

/** The embed links of the chart `chart` with the state `state`; null for a chart with none. */
export async function embedLinks(
	chart: string,
	state: URLSearchParams,
	lang: Locale
): Promise<EmbedLinks | null> {
	const view = embedViewId(chart);
	if (!view) return null;
	const { REPORT_VIEWS } = await import('../report/view-registry');
	const search = embedSearch(view, state, REPORT_VIEWS[view].params, lang);
	const origin = window.location.href;
	const full = new URLSearchParams(state);
	full.set('lang', lang);
	return {
		embed: new URL(`${resolve('/embed/[view]', { view })}?${search}`, origin).href,
		full: fullViewHref(view, full, origin)
	};
}
