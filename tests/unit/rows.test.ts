import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { plainValue, tableToRows } from '../../src/lib/db/rows';
import { readableError } from '../../src/lib/db/errors';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

test('engine results become plain JSON values: bigint, HUGEINT, DATE', () => {
	const table = db.conn.query(`
		SELECT count(*) AS n, sum(x) AS huge, DATE '2021-03-01' AS d, 'a' AS s, NULL::INTEGER AS z
		FROM (SELECT 2147483647::INTEGER AS x UNION ALL SELECT 2147483647::INTEGER)`);
	const [row] = tableToRows(table as never);
	expect(row).toEqual({ n: 2, huge: 4294967294, d: '2021-03-01', s: 'a', z: null });
});

test('plainValue passes ordinary values through', () => {
	expect(plainValue(1.5)).toBe(1.5);
	expect(plainValue('x')).toBe('x');
	expect(plainValue(undefined)).toBeNull();
	expect(plainValue(10n)).toBe(10);
});

test('engine errors read as sentences', () => {
	let message = '';
	try {
		db.conn.query('SELECT * FROM nowhere');
	} catch (e) {
		message = readableError(e).message;
	}
	expect(message).toBe('No table named nowhere.');
	expect(readableError(new Error('Parser Error: syntax error at or near "SELEC"')).message).toMatch(
		/could not be read/
	);
	expect(readableError('boom').message).toBe('The query failed: boom');
});
