/**
 * The large-scale option: batches add up exactly to the default cells, the file reads back as the
 * contract's types, and the loader's aggregate gives back the default table row for row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { modelImports } from '../../scripts/generate/imports-model';
import { parseReference } from '../../scripts/generate/reference';
import { readReferenceFiles } from '../../scripts/generate/reference-files';
import { batchesPerCell, parseScale, splitCell, splitImports } from '../../scripts/generate/scale';
import { splitToStreamBytes } from '../../scripts/generate/scale-arrow';
import { aggregateBatchesSql, batchTableName } from '../../src/lib/db/batches';
import { createRng } from '../../scripts/generate/prng';

describe('scale option', () => {
	it('parses row counts', () => {
		expect(parseScale('10m')).toBe(10_000_000);
		expect(parseScale('500k')).toBe(500_000);
		expect(parseScale('2.5M')).toBe(2_500_000);
		expect(parseScale('1234')).toBe(1234);
		expect(() => parseScale('ten')).toThrow(/not a row count/);
		expect(batchesPerCell(232_300, 10_000_000)).toBe(43);
		expect(batchesPerCell(232_300, 10)).toBe(1);
	});

	it('splits a cell into batches of at least one order whose sums are exact', () => {
		const rng = createRng('t', 'split');
		const orders: number[] = [];
		const values: number[] = [];
		for (const [o, v, k] of [
			[1000, 275_001, 43],
			[5, 1234, 43],
			[1, 99, 43],
			[77, 20_000, 1]
		] as const) {
			const n = splitCell(o, v, k, rng, orders, values);
			expect(n).toBe(Math.min(k, o));
			expect(orders.reduce((a, b) => a + b, 0)).toBe(o);
			expect(values.reduce((a, b) => a + b, 0)).toBe(v);
			expect(Math.min(...orders)).toBeGreaterThanOrEqual(1);
			expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		}
	});

	describe('in DuckDB', () => {
		let db: TestDb;
		const ref = parseReference(readReferenceFiles());
		const { columns } = modelImports(ref, 'scale-test');
		beforeAll(async () => {
			db = await openTestDb();
			db.loadArrow('base', splitToStreamBytes(splitImports(columns, 1, 'scale-test')));
			db.loadArrow(batchTableName('imports'), splitToStreamBytes(splitImports(columns, 3, 's')));
		});
		afterAll(() => db.close());

		it('reads dictionary-encoded strings back as VARCHAR, with the default rows at k = 1', () => {
			const types = db.rows<{ column_type: string }>('DESCRIBE base').map((r) => r.column_type);
			expect(types).toEqual(['DATE', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'INTEGER', 'DOUBLE']);
			const n = db.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM base')[0]!.n;
			expect(n).toBe(columns.orders.length);
		});

		it('sums the batches back to exactly the default table', () => {
			const batches = db.rows<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM ${batchTableName('imports')}`
			)[0]!.n;
			expect(batches).toBeGreaterThan(columns.orders.length * 2.5);
			db.rows(aggregateBatchesSql('imports'));
			const diff = db.rows<{ n: number }>(`
				SELECT count(*)::INTEGER AS n FROM (
					(SELECT * FROM imports EXCEPT ALL SELECT * FROM base)
					UNION ALL (SELECT * FROM base EXCEPT ALL SELECT * FROM imports))`)[0]!.n;
			expect(diff).toBe(0);
		});
	});
});
