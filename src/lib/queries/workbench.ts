/**
 * Queries of the data workbench: rows and counts of any contract table under the global filters
 * (for the virtual table and exports), and the totals that check an upload after it loaded.
 * Table and column names come from the contract only; every value is a bound parameter.
 */
import type { QuerySpec } from '../db/connector';
import { tableSpec, type TableSpec } from '../schema';
import type { FilterKey, Filters } from '../model/filters';
import { inapplicableFilters, rowsWhere } from './filters';
import { column, join, sql, table, toQuery, type Fragment } from './sql';
import { FILTERS, SORT, TABLE, WINDOW, defineView } from './views';

export interface Sort {
	readonly column: string;
	readonly desc: boolean;
}

const FACT_TABLES = ['imports', 'violations'] as const;
type FactTable = (typeof FACT_TABLES)[number];
const isFact = (name: string): name is FactTable =>
	(FACT_TABLES as readonly string[]).includes(name);

function specOf(name: string): TableSpec {
	const spec = tableSpec(name);
	if (!spec) throw new Error(`Not a table of the data contract: ${name}`);
	return spec;
}

/** FROM … WHERE … for a table: fact tables join `cities` for the phase and province filters. */
function fromWhere(name: string, filters: Filters): Fragment {
	if (!isFact(name)) return sql`FROM ${table(name)} r`;
	const where = rowsWhere(filters, { rows: 'r', cities: 'c', table: name });
	return sql`FROM ${table(name)} r LEFT JOIN ${table('cities')} c ON c.code = r.city_code WHERE ${where}`;
}

function orderBy(name: string, sort: Sort | null): Fragment {
	const spec = specOf(name);
	const keys = spec.primaryKey.map((k) => sql`r.${column(name, k)}`);
	const first = sort
		? [
				sort.desc
					? sql`r.${column(name, sort.column)} DESC NULLS LAST`
					: sql`r.${column(name, sort.column)} ASC NULLS LAST`
			]
		: [];
	return join([...first, ...keys], ', ');
}

/** The filters a table cannot apply (reference tables: all that are set). */
export function ignoredFilters(name: string, filters: Filters): FilterKey[] {
	if (isFact(name)) return inapplicableFilters(filters, name);
	return (
		['phases', 'provinces', 'cities', 'categories', 'channels', 'from', 'to'] as const
	).filter((k) => {
		const v = filters[k];
		return Array.isArray(v) ? v.length > 0 : v !== null;
	});
}

/** Number of rows of a table under the filters. */
function browseCountSql(name: string, filters: Filters): QuerySpec {
	return toQuery(sql`SELECT count(*)::INTEGER AS n ${fromWhere(name, filters)}`);
}
export const browseCountQuery = defineView(
	'workbench.browseCount',
	[TABLE, FILTERS],
	browseCountSql
);

/** All columns of the filtered rows, in a stable order; LIMIT/OFFSET when a window is given. */
function browseRowsSql(
	name: string,
	filters: Filters,
	sort: Sort | null,
	window?: { offset: number; limit: number }
): QuerySpec {
	const cols = join(
		specOf(name).columns.map((c) => sql`r.${column(name, c.name)}`),
		', '
	);
	const base = sql`SELECT ${cols} ${fromWhere(name, filters)} ORDER BY ${orderBy(name, sort)}`;
	return toQuery(window ? sql`${base} LIMIT ${window.limit} OFFSET ${window.offset}` : base);
}
export const browseRowsQuery = defineView(
	'workbench.browseRows',
	[TABLE, FILTERS, SORT, WINDOW],
	browseRowsSql
);

/** Row count and Σ of each numeric column of a table: an upload's check after loading. */
export function uploadTotalsQuery(spec: TableSpec): QuerySpec {
	const sums = spec.columns
		.filter((c) => c.type === 'INTEGER' || c.type === 'DOUBLE')
		.map((c) => sql`sum(${column(spec.name, c.name)})::DOUBLE AS ${column(spec.name, c.name)}`);
	return toQuery(
		sql`SELECT count(*)::INTEGER AS "rows", ${join(sums, ', ')} FROM ${table(spec.name)}`
	);
}
