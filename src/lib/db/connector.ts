/**
 * The boundary between views and the engine. Views hold query builders' output ({ sql, params })
 * and get rows or Arrow back through a `Connector`: that, and `cancel`, is all a panel may use.
 * Loading tables and running analysts' scripts are a separate capability, the `Workbench`, which
 * an engine may lack (a server never runs SQL text from the network).
 */
import type { TableSpec } from '../schema';
import type { LoadMode } from './staging';

/** A value bound to a `?` placeholder. Never spliced into SQL text. */
export type SqlParam = string | number | boolean | null;

/** A JSON value: what a view request's arguments are made of. */
export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A view's question as data, never SQL: which registered builder, with which arguments (encoded
 * by the builder's argument codecs, see queries/views.ts). A server rebuilds the SQL from it.
 */
export interface ViewRequest {
	readonly view: string;
	readonly args: readonly JsonValue[];
}

/** What every query builder returns; registered views also say which view asked (`view`). */
export interface QuerySpec {
	readonly sql: string;
	readonly params: readonly SqlParam[];
	readonly view?: ViewRequest;
}

export type Row = Record<string, unknown>;

/** The narrow seam: what views and panels need of any engine, in the browser or on a server. */
export interface Connector {
	/** Runs one query and returns JSON-safe rows. */
	query<T = Row>(spec: QuerySpec): Promise<T[]>;
	/** Runs one query and returns the result as Arrow IPC stream bytes (exports, large results). */
	queryArrow(spec: QuerySpec): Promise<Uint8Array>;
	/** Stops the query in flight, if any. */
	cancel(): Promise<void>;
}

/** The data workbench's extra powers over the engine: only the in-browser engine has them. */
export interface Workbench {
	/**
	 * Loads Arrow IPC stream rows into a contract table, replacing it or adding to it, all or
	 * nothing: on failure the table is as it was. Returns the table's row count after.
	 */
	loadTable(spec: TableSpec, bytes: Uint8Array, mode: LoadMode): Promise<number>;
	/** Runs an analyst's SQL script on its own connection; the last statement's rows as IPC bytes. */
	runScript(script: string): Promise<Uint8Array>;
	/** Cancels the script in flight; true when there was one. */
	cancelScript(): Promise<boolean>;
}

/** A stable cache key for a query. */
export function queryKey(spec: QuerySpec): string {
	return `${spec.sql}\u0000${JSON.stringify(spec.params)}`;
}
