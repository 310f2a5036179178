import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { EVENT_FIXTURE } from '../../helpers/event-fixture';
import {
	eventTimeQuery,
	joinGrowthQuery,
	type EventTimeRow,
	type JoinGrowthRow
} from '../../../src/lib/queries/event-study';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(EVENT_FIXTURE);
});
afterAll(() => db.close());

describe('eventTimeQuery', () => {
	const rows = () => {
		const q = eventTimeQuery(DEFAULT_FILTERS);
		return db.rows<EventTimeRow>(q.sql, q.params);
	};
	const at = (cohort: string, k: number) => rows().find((r) => r.cohort === cohort && r.k === k);

	test('the window is bound as parameters', () => {
		expect(eventTimeQuery(DEFAULT_FILTERS).params).toEqual([null, null, -24, 36]);
	});

	test('the month range narrows the months and the k each city can reach', () => {
		const q = eventTimeQuery({ ...DEFAULT_FILTERS, from: '2019-01', to: '2020-12' });
		const rows = db.rows<EventTimeRow>(q.sql, q.params);
		const ks = (cohort: string) => rows.filter((r) => r.cohort === cohort).map((r) => r.k);
		// A joined 2019-01: k from 0 to 23 inside the range; C (2020-01) from −12 to 11.
		expect([Math.min(...ks('c37')), Math.max(...ks('c37'))]).toEqual([0, 23]);
		expect([Math.min(...ks('c86')), Math.max(...ks('c86'))]).toEqual([-12, 11]);
		expect(rows.find((r) => r.cohort === 'c86' && r.k === -12)).toMatchObject({
			value: 100,
			cities: 1
		});
	});

	test('aligns each city on its own joining month', () => {
		expect(at('c37', -1)).toEqual({ cohort: 'c37', k: -1, cities: 1, value: 100, orders: 10 });
		expect(at('c37', 0)).toMatchObject({ value: 200 });
		expect(at('c86', -24)).toMatchObject({ value: 100, cities: 1 });
		expect(at('c86', 0)).toMatchObject({ value: 300 });
		expect(at('call', 0)).toMatchObject({ value: 150 });
	});

	test('only months the data covers appear (an unbalanced panel, made visible)', () => {
		const ks = (cohort: string) =>
			rows()
				.filter((r) => r.cohort === cohort)
				.map((r) => r.k);
		expect(Math.min(...ks('c37'))).toBe(-12);
		expect(Math.max(...ks('c37'))).toBe(35);
		expect(Math.min(...ks('c86'))).toBe(-24);
		expect(Math.max(...ks('call'))).toBe(9);
	});
});

describe('joinGrowthQuery', () => {
	test('12 months before and after each phase, for its cities and the not-yet-joined', () => {
		const q = joinGrowthQuery(DEFAULT_FILTERS);
		const rows = db.rows<JoinGrowthRow>(q.sql, q.params);
		expect(rows.map((r) => r.phase)).toEqual(['p2018', 'p2020', 'p2021']);
		const [p2018, p2020, p2021] = rows;
		expect(p2018).toMatchObject({
			join_month: '2019-01',
			pre_months: 12,
			treated_cities: 1,
			treated_pre_value: 1200,
			treated_post_value: 2400,
			comparison_cities: 2,
			comparison_pre_value: 2400,
			comparison_post_value: 2400
		});
		expect(p2020).toMatchObject({
			join_month: '2020-01',
			treated_pre_value: 1200,
			treated_post_value: 3600,
			comparison_cities: 1,
			comparison_pre_value: 1200,
			comparison_post_value: 1200
		});
		expect(p2021).toMatchObject({
			join_month: '2021-03',
			treated_pre_value: 1200,
			treated_post_value: 1500,
			comparison_cities: 0
		});
	});
});
