/**
 * The boundary between views and the engine. Views hold query builders' output ({ sql, params })
 * and get plain rows back; which engine runs the SQL (duckdb-wasm here, native DuckDB over HTTP or
 * a distributed engine later) is a change of this one implementation.
 */

/** A value bound to a `?` placeholder. Never spliced into SQL text. */
export type SqlParam = string | number | boolean | null;

/** What every query builder returns. */
export interface QuerySpec {
	readonly sql: string;
	readonly params: readonly SqlParam[];
}

export type Row = Record<string, unknown>;

export interface Connector {
	/** Runs one prepared statement and returns JSON-safe rows. */
	query<T = Row>(spec: QuerySpec): Promise<T[]>;
	/** Stops the statement in flight, if any. */
	cancel(): Promise<void>;
}

/** A stable cache key for a query. */
export function queryKey(spec: QuerySpec): string {
	return `${spec.sql}\u0000${JSON.stringify(spec.params)}`;
}
