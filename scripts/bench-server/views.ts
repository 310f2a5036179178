/**
 * The view set the server benchmark asks for: every page's queries, unfiltered and with filters
 * that narrow every dimension, built by the app's own registered builders.
 */
import type { QuerySpec } from '../../src/lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import * as overview from '../../src/lib/queries/overview';
import * as timeline from '../../src/lib/queries/timeline';
import * as eventStudy from '../../src/lib/queries/event-study';
import * as city from '../../src/lib/queries/city';
import * as map from '../../src/lib/queries/map';
import * as categories from '../../src/lib/queries/categories';
import * as compliance from '../../src/lib/queries/compliance';

const FILTERED: Filters = {
	...DEFAULT_FILTERS,
	phases: ['p2020', 'p2021'],
	categories: ['beauty', 'food'],
	channels: ['1210'],
	from: '2021-01',
	to: '2023-12'
};

export interface BenchView {
	readonly name: string;
	readonly spec: QuerySpec;
}

/** The views, named as the report prints them. */
export function benchViews(): BenchView[] {
	const c = compliance.complianceScope(DEFAULT_FILTERS);
	return [
		{ name: 'overview: latest full year', spec: overview.latestFullYearQuery() },
		{ name: 'overview: phase cards', spec: overview.phaseCardsQuery(2025) },
		{ name: 'timeline: cohort series', spec: timeline.cohortSeriesQuery(DEFAULT_FILTERS) },
		{ name: 'timeline: cohort series (filtered)', spec: timeline.cohortSeriesQuery(FILTERED) },
		{ name: 'timeline: national series', spec: timeline.nationalSeriesQuery(FILTERED) },
		{ name: 'timeline: cohort index', spec: timeline.cohortIndexQuery(DEFAULT_FILTERS) },
		{ name: 'timeline: period summary', spec: timeline.periodSummaryQuery(FILTERED) },
		{ name: 'timeline: event time', spec: eventStudy.eventTimeQuery(DEFAULT_FILTERS) },
		{ name: 'timeline: join growth', spec: eventStudy.joinGrowthQuery(FILTERED) },
		{ name: 'map: city × month', spec: map.mapCityMonthsQuery(DEFAULT_FILTERS) },
		{ name: 'map: city × month (filtered)', spec: map.mapCityMonthsQuery(FILTERED) },
		{
			name: 'categories: composition',
			spec: categories.compositionQuery(categories.categoryScope(DEFAULT_FILTERS))
		},
		{
			name: 'categories: share by year',
			spec: categories.shareTrendQuery(categories.categoryScope(FILTERED))
		},
		{ name: 'compliance: cohort trend', spec: compliance.cohortTrendQuery(c) },
		{ name: 'compliance: city league', spec: compliance.cityComplianceQuery(c) },
		{ name: 'city: monthly', spec: city.cityMonthlyQuery('330100', DEFAULT_FILTERS) },
		{ name: 'city: goods mix (filtered)', spec: city.cityMixQuery('330100', FILTERED) }
	];
}
