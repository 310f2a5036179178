/**
 * The all-or-nothing load on the browser's engine: a good file replaces or extends the table; a
 * failing one (repeated keys, clash with kept rows, a NULL in a required column) leaves it as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import type { TestDb } from '../helpers/duckdb';
import { openFixtureDb } from '../helpers/fixture-db';
import { IMPORTS } from '../../src/lib/schema';
import { loadAtomically, type SqlExec } from '../../src/lib/db/staging';
import { splitStatements } from '../../src/lib/db/statements';

// The blocking engine reads Arrow through its own (CJS) apache-arrow; build bytes with the same one.
const require = createRequire(import.meta.url);
const arrow = require('apache-arrow') as typeof import('apache-arrow');

const row = (month: string, city: string, orders: number | null, value = 100) => ({
	month,
	city_code: city,
	category: 'beauty',
	channel: '1210',
	orders,
	value_cny: value
});

function ipc(rows: ReturnType<typeof row>[]): Uint8Array {
	const table = new arrow.Table({
		month: arrow.vectorFromArray(
			rows.map((r) => new Date(`${r.month}T00:00:00Z`)),
			new arrow.DateDay()
		),
		city_code: arrow.vectorFromArray(rows.map((r) => r.city_code)),
		category: arrow.vectorFromArray(rows.map((r) => r.category)),
		channel: arrow.vectorFromArray(rows.map((r) => r.channel)),
		orders: arrow.vectorFromArray(
			rows.map((r) => r.orders),
			new arrow.Int32()
		),
		value_cny: arrow.vectorFromArray(Float64Array.from(rows.map((r) => r.value_cny)))
	});
	return arrow.tableToIPC(table, 'stream');
}

let db: TestDb;
let exec: SqlExec;
beforeAll(async () => {
	db = await openFixtureDb({
		imports: [row('2020-01-01', '330100', 5), row('2020-02-01', '330100', 7)]
	});
	exec = {
		run: async (sql) => void db.conn.query(sql),
		count: async (sql) => Number(db.rows<{ n: number }>(sql)[0]!.n),
		insertIpc: async (name, bytes) => db.loadArrow(name, bytes)
	};
});
afterAll(() => db.close());

const state = () =>
	db.rows<{ n: number; orders: number }>(
		'SELECT count(*)::INTEGER AS n, sum(orders)::INTEGER AS orders FROM imports'
	)[0];
const tables = () =>
	db
		.rows<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() ORDER BY 1')
		.map((r) => r.name);

describe('loadAtomically', () => {
	test('a NULL in a required column fails and changes nothing', async () => {
		const before = state();
		await expect(
			loadAtomically(exec, IMPORTS, ipc([row('2021-01-01', '310000', null)]), 'replace')
		).rejects.toThrow(/NOT NULL/i);
		expect(state()).toEqual(before);
		expect(tables().filter((t) => t.startsWith('__'))).toEqual([]);
	});

	test('repeated keys in the file fail and change nothing', async () => {
		const before = state();
		const r = row('2021-01-01', '310000', 1);
		await expect(loadAtomically(exec, IMPORTS, ipc([r, r]), 'replace')).rejects.toThrow(
			'The file repeats 1 keys.'
		);
		expect(state()).toEqual(before);
	});

	test('adding rows that are already loaded fails and changes nothing', async () => {
		const before = state();
		await expect(
			loadAtomically(exec, IMPORTS, ipc([row('2020-01-01', '330100', 9)]), 'add')
		).rejects.toThrow('1 rows of the file are already loaded');
		expect(state()).toEqual(before);
	});

	test('adding new rows keeps the old ones', async () => {
		const n = await loadAtomically(exec, IMPORTS, ipc([row('2021-01-01', '310000', 3)]), 'add');
		expect(n).toBe(3);
		expect(state()).toEqual({ n: 3, orders: 15 });
	});

	test('replacing swaps the whole table, with the contract types', async () => {
		const n = await loadAtomically(
			exec,
			IMPORTS,
			ipc([row('2022-05-01', '310000', 11)]),
			'replace'
		);
		expect(n).toBe(1);
		expect(state()).toEqual({ n: 1, orders: 11 });
		const types = db.rows<{ column_type: string }>('DESCRIBE imports').map((r) => r.column_type);
		expect(types).toEqual(['DATE', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'INTEGER', 'DOUBLE']);
		expect(tables().filter((t) => t.startsWith('__'))).toEqual([]);
	});
});

describe('splitStatements', () => {
	test('splits at semicolons outside quotes and comments', () => {
		expect(
			splitStatements(`SELECT 'a;b' AS "x;y"; -- c;d\nSELECT 2 /* e;f */ ;;  ; SELECT 'it''s;'`)
		).toEqual([`SELECT 'a;b' AS "x;y"`, `-- c;d\nSELECT 2 /* e;f */`, `SELECT 'it''s;'`]);
	});
	test('comments alone are no statement', () => {
		expect(splitStatements('-- nothing\n/* here */')).toEqual([]);
	});
});
