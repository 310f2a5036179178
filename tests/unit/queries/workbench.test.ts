import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { IMPORTS } from '../../../src/lib/schema';
import {
	browseCountQuery,
	browseRowsQuery,
	ignoredFilters,
	uploadTotalsQuery
} from '../../../src/lib/queries/workbench';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(OVERVIEW_FIXTURE);
});
afterAll(() => db.close());

const run = <T>(q: { sql: string; params: readonly unknown[] }) => db.rows<T>(q.sql, q.params);
const imports = OVERVIEW_FIXTURE.imports ?? [];

describe('browse queries', () => {
	test('count and rows agree with the fixture, unfiltered', () => {
		expect(run(browseCountQuery('imports', DEFAULT_FILTERS))).toEqual([{ n: imports.length }]);
		expect(run(browseRowsQuery('imports', DEFAULT_FILTERS, null))).toHaveLength(imports.length);
	});

	test('filters are bound parameters and select by hand-counted rows', () => {
		const filters = { ...DEFAULT_FILTERS, channels: ['9610'], from: '2025-01' };
		const q = browseCountQuery('imports', filters);
		expect(q.sql).not.toContain('9610');
		expect(q.params).toEqual(['9610', '2025-01-01']);
		const want = imports.filter((r) => r.channel === '9610' && String(r.month) >= '2025-01-01');
		expect(run(q)).toEqual([{ n: want.length }]);
	});

	test('a window pages through the rows in a stable, sorted order', () => {
		const sort = { column: 'value_cny', desc: true };
		const all = run<{ value_cny: number }>(browseRowsQuery('imports', DEFAULT_FILTERS, sort));
		const values = all.map((r) => r.value_cny);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		const page = run(browseRowsQuery('imports', DEFAULT_FILTERS, sort, { offset: 2, limit: 3 }));
		expect(page).toEqual(all.slice(2, 5));
	});

	test('a sort column outside the contract is refused', () => {
		expect(() =>
			browseRowsQuery('imports', DEFAULT_FILTERS, { column: 'x; DROP TABLE imports', desc: false })
		).toThrow(/Not a column/);
	});

	test('reference tables ignore every filter that is set', () => {
		const filters = { ...DEFAULT_FILTERS, phases: ['p2018'], categories: ['beauty'] };
		expect(ignoredFilters('cities', filters)).toEqual(['phases', 'categories']);
		expect(ignoredFilters('violations', filters)).toEqual(['categories']);
		expect(ignoredFilters('imports', filters)).toEqual([]);
		expect(run(browseCountQuery('cities', filters))).toEqual([
			{ n: OVERVIEW_FIXTURE.cities?.length }
		]);
	});
});

test('uploadTotalsQuery counts rows and sums every numeric column', () => {
	const [totals] = run<Record<string, number>>(uploadTotalsQuery(IMPORTS));
	expect(totals).toEqual({
		rows: imports.length,
		orders: imports.reduce((s, r) => s + Number(r.orders), 0),
		value_cny: imports.reduce((s, r) => s + Number(r.value_cny), 0)
	});
});
