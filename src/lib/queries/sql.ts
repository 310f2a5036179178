/**
 * A tagged template for SQL: every interpolated value becomes a `?` parameter, so no value is ever
 * spliced into the text. Identifiers and nested fragments are inlined only through `raw`-typed
 * wrappers that this module creates from an allow-list.
 */
import type { QuerySpec, SqlParam } from '../db/connector';
import { quoteIdent } from '../db/identifiers';
import { tableSpec } from '../schema';
import { FACT_TYPES } from '../db/derived';

type FactType = (typeof FACT_TYPES)[keyof typeof FACT_TYPES];

export { quoteIdent };

const FRAGMENT = Symbol('sql-fragment');

/** A piece of SQL that is safe to inline (built by this module, never from user text). */
export interface Fragment extends QuerySpec {
	readonly [FRAGMENT]: true;
}

type Interpolation = SqlParam | Fragment;

function fragment(sqlText: string, params: readonly SqlParam[]): Fragment {
	return { sql: sqlText, params, [FRAGMENT]: true };
}

function isFragment(value: unknown): value is Fragment {
	return typeof value === 'object' && value !== null && FRAGMENT in value;
}

/** Builds SQL with bound parameters: sql`SELECT * FROM t WHERE a = ${value}`. */
export function sql(strings: TemplateStringsArray, ...values: Interpolation[]): Fragment {
	let text = strings[0] ?? '';
	const params: SqlParam[] = [];
	values.forEach((value, i) => {
		if (isFragment(value)) {
			text += value.sql;
			params.push(...value.params);
		} else {
			text += '?';
			params.push(value);
		}
		text += strings[i + 1] ?? '';
	});
	return fragment(text, params);
}

/** Joins fragments with a separator (e.g. ' AND '); an empty list gives an empty fragment. */
export function join(parts: readonly Fragment[], separator: string): Fragment {
	return fragment(
		parts.map((p) => p.sql).join(separator),
		parts.flatMap((p) => p.params)
	);
}

/** `?, ?, ?` for a list of values, for `IN (...)`. The list must not be empty. */
export function list(values: readonly SqlParam[]): Fragment {
	if (values.length === 0) throw new Error('An IN list needs at least one value.');
	return fragment(values.map(() => '?').join(', '), values);
}

/**
 * `TRY_CAST(? AS "type"), …` for an IN list against an ENUM column of a derived table: the column
 * is compared as the small integer it is, and a value the data lacks matches nothing.
 */
export function enumList(values: readonly SqlParam[], type: FactType): Fragment {
	if (!(Object.values(FACT_TYPES) as string[]).includes(type))
		throw new Error(`Not a type: ${type}`);
	if (values.length === 0) throw new Error('An IN list needs at least one value.');
	return fragment(values.map(() => `TRY_CAST(? AS ${quoteIdent(type)})`).join(', '), values);
}

/** A table name from the data contract, quoted; throws for anything else. */
export function table(name: string): Fragment {
	if (!tableSpec(name)) throw new Error(`Not a table of the data contract: ${name}`);
	return fragment(quoteIdent(name), []);
}

/** A column of a contract table, quoted; throws for anything not in the schema. */
export function column(tableName: string, name: string, alias?: string): Fragment {
	const spec = tableSpec(tableName);
	if (!spec?.columns.some((c) => c.name === name)) {
		throw new Error(`Not a column of ${tableName}: ${name}`);
	}
	return fragment(alias ? `${quoteIdent(alias)}.${quoteIdent(name)}` : quoteIdent(name), []);
}

const ALIAS = /^[a-z][a-z0-9_]{0,15}$/;

/** A table alias chosen by a builder (lower-case word); throws for anything else. */
export function alias(name: string): Fragment {
	if (!ALIAS.test(name)) throw new Error(`Not a valid alias: ${name}`);
	return fragment(name, []);
}

/** Strips the fragment brand: what connectors and caches take. */
export function toQuery(f: Fragment): QuerySpec {
	return { sql: f.sql.trim(), params: [...f.params] };
}
