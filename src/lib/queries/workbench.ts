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

/**
 * The rows an export writes: every contract column, and for the fact tables the names beside the
 * codes — city and province in English and Chinese, the phase and its cohort, the category or
 * violation type — so an exported file reads without the app. A province-level table (its
 * `city_code` holds province codes) gets the province names and no city, phase or cohort.
 */
function exportRowsSql(name: string, filters: Filters, sort: Sort | null): QuerySpec {
	const spec = specOf(name);
	if (!isFact(name)) return browseRowsSql(name, filters, sort);
	const out = spec.columns.flatMap((c) => {
		const own = sql`r.${column(name, c.name)}`;
		if (c.name === 'city_code') return [own, ...PLACE_NAMES];
		if (c.name === 'category')
			return [own, sql`k.name_en AS category_en`, sql`k.name_zh AS category_zh`];
		if (c.name === 'type') return [own, sql`vt.name_en AS type_en`, sql`vt.name_zh AS type_zh`];
		return [own];
	});
	const names =
		name === 'imports'
			? sql`LEFT JOIN "categories" k ON k.id = r.category`
			: sql`LEFT JOIN "violation_types" vt ON vt.id = r.type`;
	const where = rowsWhere(filters, { rows: 'r', cities: 'c', table: name });
	return toQuery(sql`
		WITH pv AS (
			SELECT province_code AS code, any_value(province_en) AS name_en,
				any_value(province_zh) AS name_zh
			FROM "cities" GROUP BY province_code
		)
		SELECT ${join(out, ', ')}
		FROM ${table(name)} r
		LEFT JOIN "cities" c ON c.code = r.city_code
		LEFT JOIN pv ON pv.code = coalesce(c.province_code, r.city_code)
		LEFT JOIN "phases" p ON p.id = c.phase
		${names}
		WHERE ${where}
		ORDER BY ${orderBy(name, sort)}`);
}

export const exportRowsQuery = defineView(
	'workbench.exportRows',
	[TABLE, FILTERS, SORT],
	exportRowsSql
);

const PLACE_NAMES: readonly Fragment[] = [
	sql`c.name_en AS city_en`,
	sql`c.name_zh AS city_zh`,
	sql`pv.code AS province_code`,
	sql`pv.name_en AS province_en`,
	sql`pv.name_zh AS province_zh`,
	sql`c.phase AS phase`,
	sql`p.label_en AS phase_en`,
	sql`p.label_zh AS phase_zh`,
	sql`p.cohort AS cohort`
];

/** Row count and Σ of each numeric column of a table: an upload's check after loading. */
export function uploadTotalsQuery(spec: TableSpec): QuerySpec {
	const sums = spec.columns
		.filter((c) => c.type === 'INTEGER' || c.type === 'DOUBLE')
		.map((c) => sql`sum(${column(spec.name, c.name)})::DOUBLE AS ${column(spec.name, c.name)}`);
	return toQuery(
		sql`SELECT count(*)::INTEGER AS "rows", ${join(sums, ', ')} FROM ${table(spec.name)}`
	);
}
