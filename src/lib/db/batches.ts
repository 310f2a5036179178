/**
 * Large-scale datasets ship `imports` as declaration batches (the key repeats, see data/README.md,
 * "Scale"). They are kept as `<table>_batches` and summed once into the contract's grain, the
 * pre-aggregate every view queries: a filter change then scans ~230,000 rows, not 10 million.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { TABLES, type TableName, type TableSpec } from '../schema';
import { quoteIdent } from './identifiers';

/** The name of the detail table kept beside an aggregated table. */
export function batchTableName(name: TableName): string {
	return `${name}_batches`;
}

/** SQL that sums the batches of `name` to one row per primary key, in key order. */
export function aggregateBatchesSql(name: TableName): string {
	const spec: TableSpec | undefined = TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`Unknown table ${name}.`);
	const isKey = (column: string) => spec.primaryKey.includes(column);
	const keys = spec.primaryKey.map(quoteIdent);
	const cols = spec.columns.map((c) =>
		isKey(c.name)
			? quoteIdent(c.name)
			: `sum(${quoteIdent(c.name)})::${c.type} AS ${quoteIdent(c.name)}`
	);
	return `CREATE TABLE ${quoteIdent(name)} AS SELECT ${cols.join(', ')} FROM ${quoteIdent(
		batchTableName(name)
	)} GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}`;
}

/** Loads batch rows as `<name>_batches` and creates `<name>` as their sum per key. */
export async function loadBatches(
	conn: AsyncDuckDBConnection,
	name: TableName,
	bytes: Uint8Array
): Promise<void> {
	const detail = quoteIdent(batchTableName(name));
	await conn.query(`DROP TABLE IF EXISTS ${detail}`);
	await conn.insertArrowFromIPCStream(bytes, { name: batchTableName(name), create: true });
	await conn.query(aggregateBatchesSql(name));
}
