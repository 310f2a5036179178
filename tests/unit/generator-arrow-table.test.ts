import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import {
	columnsToTable,
	parseIsoDate,
	rowsToTable,
	tableToStreamBytes
} from '../../src/lib/data/arrow-table';
import type { TableSpec } from '../../src/lib/schema';
import { openTestDb, type TestDb } from '../helpers/duckdb';

const SPEC: TableSpec = {
	name: 'probe',
	kind: 'modelled',
	description: 'one column of every type',
	primaryKey: ['s'],
	columns: [
		{ name: 's', type: 'VARCHAR', description: 'string' },
		{ name: 'i', type: 'INTEGER', description: 'int', nullable: true },
		{ name: 'd', type: 'DOUBLE', description: 'double' },
		{ name: 'dt', type: 'DATE', description: 'date', nullable: true },
		{ name: 'b', type: 'BOOLEAN', description: 'bool' }
	]
};

/** A copy of `obj` without `key`. */
const without = <T extends object>(obj: T, key: keyof T) =>
	Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));

const ROWS = [
	{ s: 'Xiong’an 雄安', i: 42, d: 1.5, dt: '2021-03-01', b: true },
	{ s: '', i: null, d: -0.25, dt: null, b: false },
	{ s: 'z', i: -2_147_483_648, d: 1e12, dt: '1969-12-31', b: true }
];

describe('rowsToTable', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	test('DuckDB reads every contract type as the contract type, nulls included', () => {
		db.loadArrow('probe', tableToStreamBytes(rowsToTable(SPEC, ROWS)));
		const types = db.rows<{ column_name: string; column_type: string }>('DESCRIBE probe');
		expect(types.map((t) => [t.column_name, t.column_type])).toEqual([
			['s', 'VARCHAR'],
			['i', 'INTEGER'],
			['d', 'DOUBLE'],
			['dt', 'DATE'],
			['b', 'BOOLEAN']
		]);
		const back = db.rows(
			"SELECT s, i, d, strftime(dt, '%Y-%m-%d') AS dt, b FROM probe ORDER BY s DESC"
		);
		expect(back).toEqual([ROWS[2], ROWS[0], ROWS[1]]);
	});

	test('the stream bytes round-trip through apache-arrow with nullability kept', () => {
		const table = tableFromIPC(tableToStreamBytes(rowsToTable(SPEC, ROWS)));
		expect(table.numRows).toBe(3);
		expect(table.schema.fields.map((f) => [f.name, f.nullable])).toEqual([
			['s', false],
			['i', true],
			['d', false],
			['dt', true],
			['b', false]
		]);
		expect(table.getChild('i')?.nullCount).toBe(1);
	});

	test('an empty table still carries its schema', () => {
		const table = tableFromIPC(tableToStreamBytes(rowsToTable(SPEC, [])));
		expect(table.numRows).toBe(0);
		expect(table.schema.fields).toHaveLength(5);
	});

	test('rejects rows whose columns do not match the spec', () => {
		const row = ROWS[0]!;
		expect(() => rowsToTable(SPEC, [{ ...row, extra: 1 }])).toThrow(/unknown column 'extra'/);
		expect(() => rowsToTable(SPEC, [without(row, 'b')])).toThrow(/lacks column 'b'/);
	});

	test.each([
		['s', 1, /not a string/],
		['i', 1.5, /not a 32-bit integer/],
		['i', 2 ** 31, /not a 32-bit integer/],
		['i', '1', /not a 32-bit integer/],
		['d', Number.NaN, /not a finite number/],
		['d', '1', /not a finite number/],
		['dt', '2021-02-30', /not a YYYY-MM-DD date/],
		['dt', '2021-3-1', /not a YYYY-MM-DD date/],
		['b', 1, /not a boolean/],
		['s', null, /null in a non-nullable column/]
	])('rejects %s = %s', (column, value, error) => {
		expect(() => rowsToTable(SPEC, [{ ...ROWS[0]!, [column]: value }])).toThrow(error);
	});

	test('columnsToTable rejects ragged and missing columns', () => {
		const cols = { s: ['a'], i: [1], d: [1], dt: ['2020-01-01'], b: [true] };
		expect(columnsToTable(SPEC, cols).numRows).toBe(1);
		expect(() => columnsToTable(SPEC, { ...cols, d: [1, 2] })).toThrow(/has 2 values, not 1/);
		expect(() => columnsToTable(SPEC, without(cols, 'b'))).toThrow(/missing column 'b'/);
		expect(
			columnsToTable(SPEC, { ...cols, i: new Int32Array([7]) })
				.getChild('i')
				?.get(0)
		).toBe(7);
	});

	test('parseIsoDate counts days from the Unix epoch', () => {
		expect(parseIsoDate('1970-01-01')).toBe(0);
		expect(parseIsoDate('2016-01-01')).toBe(16801);
		expect(parseIsoDate('2024-02-29')).toBe(19782);
		expect(parseIsoDate('2023-02-29')).toBeUndefined();
	});
});
