/**
 * The index scale's input: each city based on the mean month of its own 12 months before joining
 * (EVENT_FIXTURE: A doubles when it joins in 2019-01, C triples in 2020-01, D rises by half in
 * 2021-03; the data start in 2018-01).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { EVENT_FIXTURE } from '../../helpers/event-fixture';
import { city } from '../../helpers/fixture-rows';
import { cohortIndexQuery } from '../../../src/lib/queries/timeline';
import type { IndexRow } from '../../../src/lib/analysis/timeline-scales';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb({
		...EVENT_FIXTURE,
		// B joined in 2018-06: fewer than 12 months of data before it, so it has no base.
		cities: [...EVENT_FIXTURE.cities!, city('B', 'p2018', '2018-06-01')],
		imports: [
			...EVENT_FIXTURE.imports!,
			{
				month: '2019-01-01',
				city_code: 'B',
				category: 'food',
				channel: '9610',
				orders: 1,
				value_cny: 999
			}
		]
	});
});
afterAll(() => db.close());

const rows = (filters = DEFAULT_FILTERS) => {
	const q = cohortIndexQuery(filters);
	return db.rows<IndexRow>(q.sql, q.params);
};

describe('cohortIndexQuery', () => {
	test('each cohort’s base is the mean month of its cities’ year before joining', () => {
		const at = (cohort: string, month: string) =>
			rows().find((r) => r.cohort === cohort && r.month === month);
		expect(at('c37', '2019-01')).toEqual({
			cohort: 'c37',
			month: '2019-01',
			value: 200,
			orders: 20,
			base_value: 100,
			base_orders: 10,
			with_base: 1,
			cities: 2
		});
		expect(at('c86', '2020-01')).toMatchObject({ value: 300, base_value: 100 });
		expect(at('call', '2021-03')).toMatchObject({ value: 150, base_value: 100 });
	});

	test('a city without 12 months of data before joining is left out, and counted', () => {
		const c37 = rows().filter((r) => r.cohort === 'c37');
		expect(c37.every((r) => r.with_base === 1 && r.cities === 2)).toBe(true);
		expect(c37.find((r) => r.month === '2019-01')!.value).toBe(200);
	});

	test('place and goods filters are bound parameters', () => {
		const q = cohortIndexQuery({ ...DEFAULT_FILTERS, phases: ['p2020'], categories: ['food'] });
		expect(q.params).toEqual([12, 'p2020', 'p2020', 'food', 12, 12, 12]);
		expect(new Set(db.rows<IndexRow>(q.sql, q.params).map((r) => r.cohort))).toEqual(
			new Set(['c86'])
		);
	});
});
