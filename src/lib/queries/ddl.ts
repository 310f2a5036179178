/** CREATE TABLE text for a contract table, so tests and uploads build exactly the schema. */
import { quoteIdent } from '../db/identifiers';
import type { TableSpec } from '../schema';

/** `CREATE TABLE "name" ("col" TYPE [NOT NULL], …)` from the data contract. */
export function createTableSql(spec: TableSpec): string {
	const columns = spec.columns.map(
		(c) => `${quoteIdent(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`
	);
	return `CREATE TABLE ${quoteIdent(spec.name)} (${columns.join(', ')})`;
}
