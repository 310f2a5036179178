/**
 * A tiny database with the contract's schema and hand-made rows whose answers are known, so query
 * builders can be checked against numbers worked out by hand.
 */
import { openTestDb, type TestDb } from './duckdb';
import { TABLES, tableSpec } from '../../src/lib/schema';
import { createTableSql } from '../../src/lib/queries/ddl';
import { factTablesSql } from '../../src/lib/db/derived';

export type FixtureRows = Partial<Record<string, readonly Record<string, unknown>[]>>;

/** Opens a database with every contract table created and the given rows inserted. */
export async function openFixtureDb(rows: FixtureRows): Promise<TestDb> {
	const db = await openTestDb();
	for (const spec of TABLES) db.conn.query(createTableSql(spec));
	for (const [name, list] of Object.entries(rows)) {
		const spec = tableSpec(name);
		if (!spec || !list) throw new Error(`No such table: ${name}`);
		const cols = spec.columns.map((c) => c.name);
		const insert = `INSERT INTO "${name}" VALUES (${cols.map(() => '?').join(', ')})`;
		for (const row of list)
			db.rows(
				insert,
				cols.map((c) => (row[c] ?? null) as unknown)
			);
	}
	for (const statement of factTablesSql()) db.conn.query(statement); // as the app's loader does
	return db;
}
