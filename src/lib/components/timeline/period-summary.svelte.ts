/**
 * The period summary's data: summed in JavaScript from the cohort series the timeline already
 * asked for (one answer, shared), so moving the brush costs no query; a query's shape (rows,
 * pending, error) for the panel.
 */
import { QueryResult } from '$lib/state/query.svelte';
import type { UrlState } from '$lib/state/url-state.svelte';
import {
	cohortSeriesQuery,
	periodFrameQuery,
	type CohortMonthRow,
	type PeriodFrameRow,
	type PeriodRow
} from '$lib/queries/timeline';
import { periodFromSeries } from '$lib/analysis/period-summary';

export class PeriodSummary {
	readonly rows: PeriodRow[] | null;
	readonly pending: boolean;
	readonly updating: boolean;
	readonly error: string | null;

	constructor(url: UrlState) {
		const filters = url.filters;
		const series = new QueryResult<CohortMonthRow>(() => cohortSeriesQuery(filters));
		const frame = new QueryResult<PeriodFrameRow>(() => periodFrameQuery());
		this.rows = $derived(
			series.rows && frame.rows
				? periodFromSeries(series.rows, frame.rows, filters.from, filters.to)
				: null
		);
		this.pending = $derived(series.pending || frame.pending);
		this.updating = $derived(series.updating || frame.updating);
		this.error = $derived(series.error ?? frame.error);
	}
}
