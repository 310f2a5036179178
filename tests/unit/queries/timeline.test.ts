import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import {
	cohortInfoQuery,
	cohortSeriesQuery,
	nationalSeriesQuery,
	type CohortInfoRow,
	type CohortMonthRow
} from '../../../src/lib/queries/timeline';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(OVERVIEW_FIXTURE);
});
afterAll(() => db.close());

describe('cohortSeriesQuery', () => {
	test('sums value and orders per cohort and month, ignoring the month range', () => {
		const q = cohortSeriesQuery({ ...DEFAULT_FILTERS, from: '2024-06', to: '2024-07' });
		expect(q.params).toEqual([]);
		const rows = db.rows<CohortMonthRow>(q.sql, q.params);
		expect(rows.filter((r) => r.month === '2024-01')).toEqual([
			{ month: '2024-01', cohort: 'c37', value: 20500, orders: 1010 },
			{ month: '2024-01', cohort: 'c86', value: 5000, orders: 50 },
			{ month: '2024-01', cohort: 'call', value: 100, orders: 5 }
		]);
		expect(rows.some((r) => r.month === '2023-01')).toBe(true);
	});

	test('place filters are bound parameters', () => {
		const q = cohortSeriesQuery({ ...DEFAULT_FILTERS, cities: ['B'] });
		expect(q.params).toEqual(['B']);
		const rows = db.rows<CohortMonthRow>(q.sql, q.params);
		expect(new Set(rows.map((r) => r.cohort))).toEqual(new Set(['c37']));
		expect(rows.find((r) => r.month === '2024-05')?.value).toBe(500);
	});
});

describe('nationalSeriesQuery', () => {
	test('drops the place filters but keeps the goods filters', () => {
		const q = nationalSeriesQuery({
			...DEFAULT_FILTERS,
			phases: ['p2018'],
			categories: ['beauty']
		});
		expect(q.params).toEqual(['beauty']);
		const jan = db
			.rows<{ month: string; value: number }>(q.sql, q.params)
			.find((r) => r.month === '2024-01');
		expect(jan?.value).toBe(25600);
	});
});

describe('cohortInfoQuery', () => {
	test('counts the filtered cities and gives each cohort its join month', () => {
		const rows = db.rows<CohortInfoRow>(cohortInfoQuery(DEFAULT_FILTERS).sql);
		expect(rows).toEqual([
			{
				cohort: 'c37',
				cities: 2,
				join_month: '2018-01',
				first_join: '2016-05',
				phases: 'p2018;t2016',
				named: 2,
				inferred: 0
			},
			{
				cohort: 'c86',
				cities: 1,
				join_month: '2018-01',
				first_join: '2020-01',
				phases: 'p2020',
				named: 0,
				inferred: 1
			},
			{
				cohort: 'call',
				cities: 1,
				join_month: '2018-01',
				first_join: '2021-03',
				phases: 'p2021',
				named: 0,
				inferred: 1
			}
		]);
		const q = cohortInfoQuery({ ...DEFAULT_FILTERS, phases: ['p2018'] });
		expect(db.rows(q.sql, q.params)).toEqual([
			{
				cohort: 'c37',
				cities: 1,
				join_month: '2018-01',
				first_join: '2019-01',
				phases: 'p2018',
				named: 1,
				inferred: 0
			}
		]);
	});
});

describe('periodSummaryQuery', () => {
	test('sums the chosen months and the same months a year earlier', async () => {
		const { periodSummaryQuery } = await import('../../../src/lib/queries/timeline');
		const q = periodSummaryQuery({ ...DEFAULT_FILTERS, from: '2024-01', to: '2024-03' });
		expect(q.params).toEqual(['2024-01-01', '2024-03-01']);
		const rows = db.rows<Record<string, unknown>>(q.sql, q.params);
		expect(rows[0]).toEqual({
			cohort: 'c37',
			from: '2024-01',
			to: '2024-03',
			months: 3,
			value: 3 * 20500,
			orders: 3 * 1010,
			prev_value: 3 * 1500,
			prev_orders: 3 * 110,
			prev_complete: true
		});
		const all = periodSummaryQuery(DEFAULT_FILTERS);
		expect(all.params).toEqual([null, null]);
		expect(
			db.rows<{ from: string; to: string; months: number }>(all.sql, all.params)[0]
		).toMatchObject({
			from: '2023-01',
			to: '2025-06',
			months: 30,
			prev_complete: false
		});
	});
});
