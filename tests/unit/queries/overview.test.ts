import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import {
	latestFullYearQuery,
	phaseCardsQuery,
	pilotCountsQuery,
	type PhaseCardRow
} from '../../../src/lib/queries/overview';
import { eventsQuery, phasesQuery } from '../../../src/lib/queries/reference';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(OVERVIEW_FIXTURE);
});
afterAll(() => db.close());

describe('latestFullYearQuery', () => {
	test('picks the last year with all twelve months', () => {
		expect(db.rows(latestFullYearQuery().sql)).toEqual([{ year: 2024 }]);
	});
});

describe('phaseCardsQuery', () => {
	test('binds the year as parameters, never as text', () => {
		const q = phaseCardsQuery(2024);
		expect(q.sql).not.toContain('2024');
		expect(q.sql).not.toContain('2023');
		expect(q.params).toEqual([2024, 2023, 2024, 2024, 2024]);
	});

	test('gives one row per cohort in phase order with hand-checked figures', () => {
		const q = phaseCardsQuery(2024);
		const rows = db.rows<PhaseCardRow>(q.sql, q.params);
		expect(rows.map((r) => r.cohort)).toEqual(['c37', 'c86', 'call']);
		const [c37, c86, call] = rows;
		expect(c37).toMatchObject({
			cities_in_data: 2,
			transitional: 1,
			inferred: 0,
			official_added: 37,
			official_total: 37,
			value_now: 12 * 20000 + 12 * 500,
			value_prev: 12 * 1000 + 12 * 500,
			bonded_value_now: 12 * 20000 + 12 * 500
		});
		expect(c37!.growth).toBeCloseTo(246000 / 18000 - 1, 12);
		expect(c86).toMatchObject({
			cities_in_data: 1,
			inferred: 1,
			official_added: 50,
			official_total: 86
		});
		expect(c86!.value_prev).toBeNull();
		expect(call).toMatchObject({
			official_added: null,
			official_total: null,
			cases_now: 0,
			rate_per_10k: 0
		});
	});

	test('the violation rate is a ratio of sums, not an average of city rates', () => {
		const q = phaseCardsQuery(2024);
		const c37 = db.rows<PhaseCardRow>(q.sql, q.params)[0]!;
		const ratioOfSums = ((12 + 6) / (12 * 1000 + 12 * 10)) * 10000;
		const averageOfRates = ((12 / 12000) * 10000 + (6 / 120) * 10000) / 2;
		expect(c37.rate_per_10k).toBeCloseTo(ratioOfSums, 10);
		expect(Math.abs(c37.rate_per_10k! - averageOfRates)).toBeGreaterThan(100);
	});
});

describe('pilotCountsQuery', () => {
	test('counts the places that have joined by each month, per phase', () => {
		const q = pilotCountsQuery('2018-12', '2021-03');
		expect(q.params).toEqual(['2018-12-01', '2021-03-01']);
		const rows = db.rows<{ month: string; phase: string; cities: number }>(q.sql, q.params);
		const at = (month: string) =>
			Object.fromEntries(rows.filter((r) => r.month === month).map((r) => [r.phase, r.cities]));
		expect(at('2018-12')).toEqual({ t2016: 1, p2018: 0, p2020: 0, p2021: 0 });
		expect(at('2019-01')).toEqual({ t2016: 1, p2018: 1, p2020: 0, p2021: 0 });
		expect(at('2021-03')).toEqual({ t2016: 1, p2018: 1, p2020: 1, p2021: 1 });
		expect(rows).toHaveLength(28 * 4);
	});
});

describe('reference queries', () => {
	test('phases come in order with integer counts', () => {
		const rows = db.rows<{ id: string; official_total: number | null }>(phasesQuery().sql);
		expect(rows.map((r) => r.id)).toEqual(['t2016', 'p2018', 'p2020', 'p2021']);
		expect(rows[1]!.official_total).toBe(37);
	});

	test('events are limited to the month range, inclusive', () => {
		const q = eventsQuery('2019-01', '2021-02');
		expect(db.rows<{ id: string }>(q.sql, q.params).map((r) => r.id)).toEqual(['e1']);
		const all = eventsQuery('2016-01', '2021-03');
		expect(db.rows<{ id: string; date: string }>(all.sql, all.params)).toMatchObject([
			{ id: 'e1', date: '2019-01-01' },
			{ id: 'e2', date: '2021-03-01' }
		]);
	});
});
