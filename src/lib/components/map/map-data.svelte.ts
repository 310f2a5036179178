/**
 * Everything the map page computes, in one place: the two queries (places; city × month under
 * the filters), the months of the slider, the interpolation series and the rolling-window totals
 * per province and per city. Panels read from it; only the URL is written.
 */
import { untrack } from 'svelte';
import { replaceState } from '$app/navigation';
import { currentUrl } from '../../state/search-params';
import { QueryResult } from '../../state/query.svelte';
import { serialiseFilters } from '../../model/filters';
import type { UrlState } from '../../state/url-state.svelte';
import { mapCitiesQuery, mapCityMonthsQuery, type MapCityRow } from '../../queries/map';
import {
	buildSeries,
	pickMetric,
	type BubbleMetric,
	type CityMonthRow,
	type CitySeries
} from '../../charts/views/map/expansion';
import {
	areaTotals,
	windowStart,
	type AreaMetric,
	type AreaTotals
} from '../../charts/views/map/area-metrics';
import { monthRange } from '../../model/months';
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '../../schema';
import { MONTH_PARAM, TILE_PARAM } from './map-params';

/** Months in the tiles' and choropleth's rolling window. */
export const WINDOW_MONTHS = 12;

export class MapData {
	readonly url: UrlState;
	readonly places: QueryResult<MapCityRow>;
	readonly rows: QueryResult<CityMonthRow>;
	readonly from: string;
	readonly to: string;
	readonly metric: BubbleMetric;
	readonly months: string[];
	readonly series: CitySeries | null;
	/** The slider's month index: the URL's month, clamped to the filtered range; else the last. */
	readonly monthIndex: number;
	readonly month: string;
	readonly tileMetric: AreaMetric;
	readonly windowFrom: string;
	readonly placeByCode: Map<string, MapCityRow>;
	readonly provinceTotals: Map<string, AreaTotals>;
	readonly cityTotals: Map<string, AreaTotals>;
	readonly pending: boolean;
	readonly error: string | null;

	constructor(url: UrlState) {
		this.url = url;
		// A string, so that a new URL with the same filters does not run the query again.
		const filtersKey = $derived(serialiseFilters({ ...url.filters, metric: 'value' }).toString());
		this.places = new QueryResult<MapCityRow>(() => mapCitiesQuery());
		this.rows = new QueryResult<CityMonthRow>(() => {
			void filtersKey;
			return untrack(() => mapCityMonthsQuery(url.filters));
		});
		this.from = $derived(url.filters.from ?? SAMPLE_FIRST_MONTH);
		this.to = $derived(url.filters.to ?? SAMPLE_LAST_MONTH);
		this.metric = $derived(url.filters.metric);
		this.months = $derived(monthRange(this.from, this.to));
		this.series = $derived(
			this.rows.rows ? buildSeries(this.rows.rows, this.months, pickMetric(this.metric)) : null
		);
		this.monthIndex = $derived.by(() => {
			const m = url.view(MONTH_PARAM);
			const last = this.months.length - 1;
			if (m === null || m > this.to) return last;
			return m < this.from ? 0 : this.months.indexOf(m);
		});
		this.month = $derived(this.months[this.monthIndex] ?? this.to);
		this.tileMetric = $derived(url.view(TILE_PARAM));
		this.windowFrom = $derived(windowStart(this.month, WINDOW_MONTHS));
		this.placeByCode = $derived(new Map((this.places.rows ?? []).map((p) => [p.code, p])));
		this.provinceTotals = $derived(
			areaTotals(
				this.rows.rows ?? [],
				(code) => this.placeByCode.get(code)?.province_code ?? null,
				this.windowFrom,
				this.month
			)
		);
		this.cityTotals = $derived(
			areaTotals(this.rows.rows ?? [], (code) => code, this.windowFrom, this.month)
		);
		this.pending = $derived(this.places.pending || this.rows.pending);
		this.error = $derived(this.places.error ?? this.rows.error);
	}

	/**
	 * Shows the month in the address bar without a navigation: while playing, a navigation per
	 * month would re-run everything that reads the URL and halve the frame rate. `setMonth` on
	 * pause makes the page's URL state agree again.
	 */
	previewMonth(index: number): void {
		const month = this.months[index];
		// Only the page's own URL state lives in the address bar (a report block keeps its own).
		if (!month || !this.url.inAddressBar) return;
		const params = new URLSearchParams(this.url.params);
		params.set(MONTH_PARAM.name, month);
		params.sort();
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current path, new query
		replaceState(`${currentUrl().pathname}?${params}`, {});
	}

	/** Moves the slider; `replace` while dragging or playing, so history keeps one entry. */
	setMonth(index: number, replace = false): Promise<void> {
		const month = this.months[Math.max(0, Math.min(this.months.length - 1, index))];
		const isLast = index >= this.months.length - 1;
		return this.url.update({ view: { month: isLast ? null : month } }, { replace });
	}
}
