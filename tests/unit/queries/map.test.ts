import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { MAP_FIXTURE } from '../../helpers/map-fixture';
import { mapCitiesQuery, mapCityMonthsQuery } from '../../../src/lib/queries/map';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';
import type { CityMonthRow } from '../../../src/lib/charts/views/map/expansion';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(MAP_FIXTURE);
});
afterAll(() => db.close());

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const run = (filters: Filters) => {
	const q = mapCityMonthsQuery(filters);
	return db.rows<CityMonthRow>(q.sql, q.params);
};

describe('mapCitiesQuery', () => {
	test('gives every place with its joining month and basis', () => {
		const rows = db.rows(mapCitiesQuery().sql);
		expect(rows).toHaveLength(3);
		expect(rows[2]).toMatchObject({ code: 'C', joined: '2020-01', basis: 'inferred', lat: 30 });
	});
});

describe('mapCityMonthsQuery', () => {
	test('no filter: no parameters, and nothing from before a city joined', () => {
		const q = mapCityMonthsQuery(DEFAULT_FILTERS);
		expect(q.params).toEqual([]);
		expect(run(DEFAULT_FILTERS)).toEqual([
			{ code: 'A', month: '2019-01', value: 12000, orders: 200, rate_orders: 200, cases: 2 },
			{ code: 'A', month: '2019-02', value: 20000, orders: 200, rate_orders: 200, cases: 0 },
			{ code: 'A', month: '2019-03', value: 31000, orders: 400, rate_orders: 400, cases: 4 },
			{ code: 'B', month: '2019-03', value: 3000, orders: 10, rate_orders: 10, cases: 5 }
		]);
	});

	test('filters are bound parameters and narrow the rows', () => {
		const q = mapCityMonthsQuery(f({ provinces: ['330000'], from: '2019-02' }));
		expect(q.sql).not.toContain('330000');
		expect(q.params).toContain('330000');
		expect(run(f({ provinces: ['330000'] })).map((r) => r.code)).toEqual(['B']);
		expect(run(f({ phases: ['t2016'], to: '2019-02' })).map((r) => r.month)).toEqual([
			'2019-01',
			'2019-02'
		]);
	});

	test('a category filter narrows value and orders but the rate keeps all orders', () => {
		const rows = run(f({ categories: ['beauty'] }));
		// B has no beauty imports, so it drops out; A's March is beauty only
		expect(rows.map((r) => `${r.code} ${r.month}`)).toEqual([
			'A 2019-01',
			'A 2019-02',
			'A 2019-03'
		]);
		expect(rows[2]).toEqual({
			code: 'A',
			month: '2019-03',
			value: 30000,
			orders: 300,
			rate_orders: 400,
			cases: 4
		});
	});

	test('a channel filter works the same way', () => {
		const jan = run(f({ channels: ['9610'] }));
		expect(jan).toEqual([
			{ code: 'A', month: '2019-01', value: 2000, orders: 100, rate_orders: 200, cases: 2 }
		]);
	});
});
