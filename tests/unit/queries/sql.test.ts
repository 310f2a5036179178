import { describe, expect, test } from 'vitest';
import { column, join, list, quoteIdent, sql, table, toQuery } from '../../../src/lib/queries/sql';

describe('sql tag', () => {
	test('every interpolated value becomes a bound parameter', () => {
		const hostile = "x'); DROP TABLE imports; --";
		const q = toQuery(sql`SELECT * FROM "imports" WHERE city_code = ${hostile} AND orders > ${5}`);
		expect(q.sql).toBe('SELECT * FROM "imports" WHERE city_code = ? AND orders > ?');
		expect(q.params).toEqual([hostile, 5]);
	});

	test('fragments nest with their parameters in order', () => {
		const where = join([sql`a = ${1}`, sql`b IN (${list(['x', 'y'])})`], ' AND ');
		const q = toQuery(sql`SELECT 1 WHERE ${where} LIMIT ${10}`);
		expect(q.sql).toBe('SELECT 1 WHERE a = ? AND b IN (?, ?) LIMIT ?');
		expect(q.params).toEqual([1, 'x', 'y', 10]);
	});

	test('a plain object that merely looks like a fragment is still a parameter', () => {
		const fake = { sql: '1; DROP TABLE x', params: [] } as unknown as string;
		expect(toQuery(sql`SELECT ${fake}`).sql).toBe('SELECT ?');
	});

	test('an empty IN list is refused rather than producing invalid SQL', () => {
		expect(() => list([])).toThrow();
	});
});

describe('identifiers', () => {
	test('only contract tables and columns are accepted, and they are quoted', () => {
		expect(table('imports').sql).toBe('"imports"');
		expect(column('imports', 'value_cny', 'i').sql).toBe('"i"."value_cny"');
		expect(() => table('pg_catalog')).toThrow(/Not a table/);
		expect(() => column('imports', 'value_cny; DROP')).toThrow(/Not a column/);
	});

	test('quoteIdent doubles embedded quotes', () => {
		expect(quoteIdent('a"b')).toBe('"a""b"');
	});
});
