import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import { inapplicableFilters, metricSql, rowsWhere } from '../../../src/lib/queries/filters';
import { sql, toQuery } from '../../../src/lib/queries/sql';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(OVERVIEW_FIXTURE);
});
afterAll(() => db.close());

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

function total(filters: Filters, metric: Filters['metric'] = 'value') {
	const where = rowsWhere(filters, { rows: 'i', cities: 'c', table: 'imports' });
	const q = toQuery(
		sql`SELECT ${metricSql(metric, 'i')} AS v FROM "imports" i JOIN "cities" c ON c.code = i.city_code WHERE ${where}`
	);
	return db.rows<{ v: number | null }>(q.sql, q.params)[0]!.v;
}

describe('rowsWhere', () => {
	test('no filter is TRUE with no parameters', () => {
		const w = rowsWhere(DEFAULT_FILTERS, { rows: 'i', cities: 'c', table: 'imports' });
		expect(w.sql).toBe('TRUE');
		expect(w.params).toEqual([]);
	});

	test('every filter is a bound parameter', () => {
		const w = rowsWhere(
			f({
				phases: ['p2018'],
				provinces: ['110000'],
				cities: ['A', 'B'],
				categories: ['beauty'],
				channels: ['1210'],
				from: '2024-01',
				to: '2024-06'
			}),
			{ rows: 'i', cities: 'c', table: 'imports' }
		);
		expect(w.sql).toBe(
			'c.phase IN (?) AND coalesce(c.province_code, i.city_code) IN (?) AND i.city_code IN (?, ?) AND i.category IN (?) AND i.channel IN (?) AND i."month" >= ?::DATE AND i."month" <= ?::DATE'
		);
		expect(w.params).toEqual([
			'p2018',
			'110000',
			'A',
			'B',
			'beauty',
			'1210',
			'2024-01-01',
			'2024-06-01'
		]);
	});

	test('filters narrow the rows as the fixture says', () => {
		expect(total(DEFAULT_FILTERS)).toBe(
			12 * 1000 + 12 * 20000 + 6 * 20000 + 24 * 500 + 12 * 5000 + 12 * 100
		);
		expect(total(f({ phases: ['t2016'] }))).toBe(12 * 1000 + 18 * 20000);
		expect(total(f({ cities: ['B'], from: '2024-01', to: '2024-03' }))).toBe(3 * 500);
		expect(total(f({ channels: ['9610'] }))).toBeNull();
		expect(total(f({ cities: ['A'], from: '2025-01' }), 'orders')).toBe(6 * 1000);
		expect(total(f({ cities: ['A'], from: '2025-01' }), 'aov')).toBe(20);
	});

	test('violations ignore category and channel, and say so', () => {
		const filters = f({ categories: ['food'], channels: ['1210'], cities: ['A'] });
		const w = rowsWhere(filters, { rows: 'v', cities: 'c', table: 'violations' });
		expect(w.sql).toBe('v.city_code IN (?)');
		expect(inapplicableFilters(filters, 'violations')).toEqual(['categories', 'channels']);
		expect(inapplicableFilters(filters, 'imports')).toEqual([]);
	});

	test('ignore skips the filters a view applies itself', () => {
		const w = rowsWhere(f({ from: '2020-01', cities: ['A'] }), {
			rows: 'i',
			cities: 'c',
			table: 'imports',
			ignore: ['from', 'to']
		});
		expect(w.sql).toBe('i.city_code IN (?)');
	});

	test('aliases are checked', () => {
		expect(() =>
			rowsWhere(DEFAULT_FILTERS, { rows: 'i; DROP', cities: 'c', table: 'imports' })
		).toThrow();
	});
});
