/** The brushed period summed in JavaScript from the cohort series equals the period query. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import {
	cohortSeriesQuery,
	periodFrameQuery,
	periodSummaryQuery,
	type CohortMonthRow,
	type PeriodFrameRow,
	type PeriodRow
} from '../../../src/lib/queries/timeline';
import { periodFromSeries } from '../../../src/lib/analysis/period-summary';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(OVERVIEW_FIXTURE);
});
afterAll(() => db.close());

const run = <T>(q: { sql: string; params: readonly unknown[] }) => db.rows<T>(q.sql, q.params);

describe('periodFromSeries', () => {
	const cases: [string, Filters][] = [
		['the whole data', DEFAULT_FILTERS],
		['three months', { ...DEFAULT_FILTERS, from: '2024-01', to: '2024-03' }],
		['from only', { ...DEFAULT_FILTERS, from: '2024-05' }],
		['to only, before a year of data', { ...DEFAULT_FILTERS, to: '2023-06' }],
		['one phase and a city', { ...DEFAULT_FILTERS, phases: ['p2018'], from: '2024-02' }],
		['a goods filter', { ...DEFAULT_FILTERS, categories: ['beauty'], to: '2025-01' }]
	];
	test.each(cases)('gives what the period query gives: %s', (_, filters) => {
		const expected = run<PeriodRow>(periodSummaryQuery(filters));
		const series = run<CohortMonthRow>(cohortSeriesQuery(filters));
		const frame = run<PeriodFrameRow>(periodFrameQuery());
		const got = periodFromSeries(series, frame, filters.from, filters.to);
		expect(got.map((r) => r.cohort)).toEqual(expected.map((r) => r.cohort));
		got.forEach((r, i) => {
			const e = expected[i]!;
			expect({ ...r, value: 0, orders: 0, prev_value: 0, prev_orders: 0 }).toEqual({
				...e,
				value: 0,
				orders: 0,
				prev_value: 0,
				prev_orders: 0
			});
			for (const k of ['value', 'orders', 'prev_value', 'prev_orders'] as const)
				expect(r[k]).toBeCloseTo(e[k], 6);
		});
		expect(expected.length).toBeGreaterThan(0);
	});
});
