import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import {
	cityMixQuery,
	cityMonthlyQuery,
	cityViolationsQuery,
	type CityMixRow,
	type CityMonthRow,
	type CityViolationRow
} from '../../../src/lib/queries/city';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';

const category = (id: string, ord: number) => ({
	id,
	ord,
	name_en: id,
	name_zh: id,
	share_2022_pct: 1,
	share_basis: 'assumed',
	avg_order_cny: 1,
	source_ids: null
});

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb({
		...OVERVIEW_FIXTURE,
		imports: [
			...(OVERVIEW_FIXTURE.imports ?? []),
			{
				month: '2024-01-01',
				city_code: 'A',
				category: 'food',
				channel: '9610',
				orders: 10,
				value_cny: 1000
			}
		],
		categories: [category('beauty', 1), category('food', 2)]
	});
});
afterAll(() => db.close());

describe('cityMonthlyQuery', () => {
	test("the city's months beside its cohort's per-city figures", () => {
		const q = cityMonthlyQuery('B', DEFAULT_FILTERS);
		expect(q.params).toEqual(['B', 'B', 'B']);
		const jan = db.rows<CityMonthRow>(q.sql, q.params).filter((r) => r.month === '2024-01');
		expect(jan).toEqual([
			{
				month: '2024-01',
				channel: '1210',
				value: 500,
				orders: 10,
				cohort_value: 10250,
				cohort_orders: 505
			},
			{
				month: '2024-01',
				channel: '9610',
				value: 0,
				orders: 0,
				cohort_value: 500,
				cohort_orders: 5
			}
		]);
	});

	test('a hostile code is only a value: it matches nothing', () => {
		const q = cityMonthlyQuery("B' OR '1'='1", DEFAULT_FILTERS);
		expect(db.rows(q.sql, q.params)).toEqual([]);
	});
});

describe('cityMixQuery', () => {
	test('shares of value for the city and its cohort, in category order', () => {
		const q = cityMixQuery('B', DEFAULT_FILTERS);
		const rows = db.rows<CityMixRow>(q.sql, q.params);
		expect(rows.map((r) => r.category)).toEqual(['beauty', 'food']);
		expect(rows[0]).toMatchObject({ value: 12000, share: 1 });
		expect(rows[1]).toMatchObject({ value: 0, share: 0 });
		expect(rows[1]!.cohort_share).toBeCloseTo(1000 / 385000, 12);
	});
});

describe('cityViolationsQuery', () => {
	test('rates per 10,000 orders are ratios of sums, for the city and for its cohort', () => {
		const q = cityViolationsQuery('B', DEFAULT_FILTERS);
		const rows = db.rows<CityViolationRow>(q.sql, q.params);
		expect(rows.map((r) => r.year)).toEqual([2023, 2024]);
		expect(rows[0]).toMatchObject({ cases: 99, orders: 120, rate: 8250, cohort_rate: 750 });
		expect(rows[1]!.rate).toBeCloseTo(500, 9);
		expect(rows[1]!.cohort_rate).toBeCloseTo((18 / (12000 + 120 + 10)) * 10000, 9);
	});

	test('the month range narrows both numerator and denominator', () => {
		const q = cityViolationsQuery('B', { ...DEFAULT_FILTERS, from: '2024-04', to: '2024-04' });
		const rows = db.rows<CityViolationRow>(q.sql, q.params);
		expect(rows).toEqual([
			{ year: 2024, cases: 6, orders: 10, rate: 6000, cohort_rate: (6 / 1010) * 10000 }
		]);
	});
});
