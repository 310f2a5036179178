import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { COMPLIANCE_FIXTURE } from '../../helpers/compliance-fixture';
import { sql } from '../../../src/lib/queries/sql';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import {
	complianceScope,
	cityComplianceQuery,
	cohortTrendQuery,
	complianceTotalsQuery,
	typeTrendQuery,
	type CityRow,
	type CohortTrendRow,
	type ComplianceTotalRow,
	type TypeTrendRow
} from '../../../src/lib/queries/compliance';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(COMPLIANCE_FIXTURE);
});
afterAll(() => db.close());

const all = { imp: sql`TRUE`, vio: sql`TRUE`, filters: DEFAULT_FILTERS };
const run = <T>(q: { sql: string; params: readonly unknown[] }) => db.rows<T>(q.sql, q.params);

describe('complianceTotalsQuery', () => {
	test('one row per cohort and a total, with hand-checked figures', () => {
		const rows = run<ComplianceTotalRow>(complianceTotalsQuery(all));
		expect(rows.map((r) => r.cohort)).toEqual(['c37', 'c86', 'call', null]);
		expect(rows[0]).toMatchObject({ cases: 11, orders: 20_200, flagged: 750, value: 242_000 });
		expect(rows[1]!.rate_per_10k).toBeCloseTo(20, 12);
		expect(rows[2]).toMatchObject({ cases: 0, rate_per_10k: 0, flagged_share: 0 });
		expect(rows[3]).toMatchObject({ cases: 12, orders: 20_750, flagged: 760, value: 249_500 });
		expect(rows[3]!.flagged_share).toBeCloseTo(760 / 249_500, 12);
	});

	test('the rate is a ratio of sums, not an average of city rates', () => {
		const c37 = run<ComplianceTotalRow>(complianceTotalsQuery(all))[0]!;
		const cities = run<CityRow>(cityComplianceQuery(all)).filter((c) => c.cohort === 'c37');
		const averageOfRates =
			cities.reduce((s, c) => s + (c.cases / c.orders) * 10_000, 0) / cities.length;
		expect(averageOfRates).toBeCloseTo((3 + 250) / 2, 9);
		expect(c37.rate_per_10k).toBeCloseTo((11 / 20_200) * 10_000, 12);
		expect(Math.abs(c37.rate_per_10k! - averageOfRates)).toBeGreaterThan(100);
	});

	test('scope conditions are bound parameters', () => {
		const q = complianceTotalsQuery({
			imp: sql`i."month" >= ${'2021-03-01'}::DATE`,
			vio: sql`v."month" >= ${'2021-03-01'}::DATE`,
			filters: DEFAULT_FILTERS
		});
		expect(q.sql).not.toContain('2021');
		expect(q.params).toEqual(['2021-03-01', '2021-03-01']);
		const total = run<ComplianceTotalRow>(q).at(-1)!;
		expect(total).toMatchObject({ cases: 3, orders: 10_650 });
	});
});

describe('cohortTrendQuery', () => {
	test('per month and cohort', () => {
		const rows = run<CohortTrendRow>(cohortTrendQuery(all));
		expect(rows.map((r) => `${r.month}/${r.cohort}`)).toEqual([
			'2021-02/c37',
			'2021-03/c37',
			'2021-03/c86',
			'2021-03/call'
		]);
		expect(rows[0]).toMatchObject({ cases: 9, orders: 10_100 });
		expect(rows[0]!.rate_per_10k).toBeCloseTo((9 / 10_100) * 10_000, 12);
		expect(rows[0]!.flagged_share).toBeCloseTo(450 / 121_000, 12);
		expect(rows[3]).toMatchObject({ cases: 0, rate_per_10k: 0 });
	});
});

describe('typeTrendQuery', () => {
	test('a 1210-only type is rated per 10,000 bonded orders, the others per all orders', () => {
		const rows = run<TypeTrendRow>(typeTrendQuery(all));
		const at = (m: string, t: string) => rows.find((r) => r.month === m && r.type === t)!;
		expect(rows).toHaveLength(4);
		expect(at('2021-02', 'offline_pickup')).toMatchObject({ cases: 0, orders: 8100 });
		expect(at('2021-02', 'resale')).toMatchObject({ cases: 9, orders: 10_100 });
		expect(at('2021-03', 'offline_pickup').rate_per_10k).toBeCloseTo((2 / 8600) * 10_000, 12);
		expect(at('2021-03', 'offline_pickup').flagged_share).toBeCloseTo(300 / 86_000, 12);
		expect(at('2021-03', 'resale').rate_per_10k).toBeCloseTo((1 / 10_650) * 10_000, 12);
	});
});

describe('cityComplianceQuery', () => {
	test('sums per city, zero cases where none', () => {
		const rows = run<CityRow>(cityComplianceQuery(all));
		expect(rows.map((r) => [r.code, r.cohort, r.cases, r.orders])).toEqual([
			['A', 'c37', 6, 20_000],
			['B', 'c37', 5, 200],
			['C', 'c86', 1, 500],
			['D', 'call', 0, 50]
		]);
		expect(rows[0]).toMatchObject({ name_en: 'City A', flagged: 700, value: 240_000 });
	});
});

describe('complianceScope', () => {
	const filters = {
		...DEFAULT_FILTERS,
		phases: ['t2016'],
		categories: ['food'],
		channels: ['9610'],
		from: '2021-03'
	};

	test('category and channel filters apply to neither side of the ratio', () => {
		const scope = complianceScope(filters);
		expect(scope.imp.sql).not.toMatch(/category|channel/);
		expect(scope.vio.sql).not.toMatch(/category|channel/);
		expect(scope.imp.params).toEqual(['t2016', '2021-03-01']);
		const rows = run<ComplianceTotalRow>(complianceTotalsQuery(scope));
		expect(rows.at(-1)).toMatchObject({ cases: 2, orders: 10_100 });
		const unfiltered = complianceScope({ ...filters, categories: [], channels: [] });
		expect(run<ComplianceTotalRow>(complianceTotalsQuery(unfiltered))).toEqual(rows);
	});
});
