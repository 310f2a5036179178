/**
 * Overview fixture: three phases in three cohorts, four cities, 2024 complete and 2025 half-done.
 * City A is large with few violations, city B small with many: the cohort's rate as a ratio of sums
 * differs from the average of the two cities' rates, which is what the tests check.
 */
import type { FixtureRows } from './fixture-db';
import { city, imports, phase } from './fixture-rows';

export const OVERVIEW_FIXTURE: FixtureRows = {
	phases: [
		phase('t2016', 1, 'c37', 10, 10),
		phase('p2018', 2, 'c37', 27, 37),
		phase('p2020', 3, 'c86', 50, 86),
		phase('p2021', 4, 'call', null, null)
	],
	cities: [
		city('A', 't2016', '2016-05-01'),
		city('B', 'p2018', '2019-01-01'),
		city('C', 'p2020', '2020-01-01', 'inferred'),
		city('D', 'p2021', '2021-03-01', 'inferred')
	],
	imports: [
		...imports('A', 2023, 12, 100, 1000),
		...imports('A', 2024, 12, 1000, 20000),
		...imports('A', 2025, 6, 1000, 20000),
		...imports('B', 2023, 12, 10, 500),
		...imports('B', 2024, 12, 10, 500),
		...imports('C', 2024, 12, 50, 5000),
		...imports('D', 2024, 12, 5, 100)
	],
	violations: [
		{
			month: '2024-03-01',
			city_code: 'A',
			type: 'resale',
			cases: 12,
			orders_involved: 40,
			value_cny: 800
		},
		{
			month: '2024-04-01',
			city_code: 'B',
			type: 'resale',
			cases: 6,
			orders_involved: 10,
			value_cny: 200
		},
		{
			month: '2023-04-01',
			city_code: 'B',
			type: 'resale',
			cases: 99,
			orders_involved: 10,
			value_cny: 200
		}
	],
	events: [
		{
			id: 'e1',
			date: '2019-01-01',
			date_precision: 'day',
			kind: 'notice',
			phase: 'p2018',
			label_en: 'E1',
			label_zh: 'E1',
			description_en: '',
			description_zh: '',
			source_ids: 'S1'
		},
		{
			id: 'e2',
			date: '2021-03-01',
			date_precision: 'month',
			kind: 'notice',
			phase: 'p2021',
			label_en: 'E2',
			label_zh: 'E2',
			description_en: '',
			description_zh: '',
			source_ids: 'S9'
		}
	]
};
