/**
 * One call of every registered view, with filters that narrow every dimension, as panels make
 * them: the registry's tests rebuild each from JSON, and the engine comparison runs each on both.
 */
import type { QuerySpec } from '../../src/lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import * as overview from '../../src/lib/queries/overview';
import * as reference from '../../src/lib/queries/reference';
import * as timeline from '../../src/lib/queries/timeline';
import * as eventStudy from '../../src/lib/queries/event-study';
import * as city from '../../src/lib/queries/city';
import * as map from '../../src/lib/queries/map';
import * as categories from '../../src/lib/queries/categories';
import * as compliance from '../../src/lib/queries/compliance';
import * as workbench from '../../src/lib/queries/workbench';
import * as outcomes from '../../src/lib/queries/outcomes';

export const F: Filters = {
	...DEFAULT_FILTERS,
	phases: ['p2020', 'p2021'],
	provinces: ['330000'],
	categories: ['beauty', 'food'],
	channels: ['1210'],
	from: '2021-01',
	to: '2023-12',
	metric: 'orders'
};

/** One call of every registered view, as a panel makes it. */
export const CALLS: QuerySpec[] = [
	overview.latestFullYearQuery(),
	overview.phaseCardsQuery(2024),
	overview.pilotCountsQuery('2016-01', '2025-12'),
	reference.phasesQuery(),
	reference.eventsQuery('2016-01', '2025-12'),
	timeline.cohortSeriesQuery(F),
	timeline.nationalSeriesQuery(F),
	timeline.cohortInfoQuery(DEFAULT_FILTERS),
	timeline.periodSummaryQuery(F),
	timeline.periodFrameQuery(),
	timeline.cohortIndexQuery(F),
	outcomes.outcomePlacesQuery(F),
	outcomes.outcomeMonthsQuery(DEFAULT_FILTERS),
	eventStudy.eventTimeQuery(F),
	eventStudy.joinGrowthQuery(F),
	city.cityMonthlyQuery('330100', F),
	city.cityMixQuery('x-xiongan', F),
	city.cityViolationsQuery('330100', DEFAULT_FILTERS),
	map.mapCitiesQuery(),
	map.mapCityMonthsQuery(F),
	categories.compositionQuery(categories.categoryScope(F)),
	categories.shareTrendQuery(categories.categoryScope(DEFAULT_FILTERS)),
	categories.channelSplitQuery(categories.categoryScope(F)),
	compliance.cohortTrendQuery(compliance.complianceScope(F)),
	compliance.typeTrendQuery(compliance.complianceScope(F)),
	compliance.complianceTotalsQuery(compliance.complianceScope(DEFAULT_FILTERS)),
	compliance.cityComplianceQuery(compliance.complianceScope(F)),
	workbench.browseCountQuery('imports', F),
	workbench.browseRowsQuery(
		'violations',
		F,
		{ column: 'cases', desc: true },
		{ offset: 50, limit: 100 }
	),
	workbench.browseRowsQuery('cities', DEFAULT_FILTERS, null),
	workbench.exportRowsQuery('imports', F, { column: 'value_cny', desc: true })
];
