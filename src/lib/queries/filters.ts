/**
 * Filters → WHERE clause with bound parameters, for the fact tables joined to `cities`. Aliases are
 * fixed by the calling builder (never user input) and checked; every value is a parameter.
 */
import type { Filters, FilterKey, Metric } from '../model/filters';
import { alias, enumList, join, list, sql, type Fragment } from './sql';
import { FACT_TYPES } from '../db/derived';
import { metricDef } from '../model/metrics';
import { metricAggregate } from './metric-sql';

export interface WhereOptions {
	/** Alias of the fact table (`imports` or `violations`) in the builder's FROM clause. */
	readonly rows: string;
	/** Alias of the joined `cities` table. */
	readonly cities: string;
	/** Which fact table: violations have no category or channel. */
	readonly table: 'imports' | 'violations';
	/** Filters the caller applies itself or deliberately ignores (e.g. a brush ignores its months). */
	readonly ignore?: readonly FilterKey[];
}

/** The filters that cannot apply to a table (violations have no category or channel). */
export function inapplicableFilters(
	filters: Filters,
	table: 'imports' | 'violations'
): FilterKey[] {
	if (table === 'imports') return [];
	const out: FilterKey[] = [];
	if (filters.categories.length > 0) out.push('categories');
	if (filters.channels.length > 0) out.push('channels');
	return out;
}

/** `TRUE` or `cond AND cond …` for the filters that apply to the table. */
export function rowsWhere(filters: Filters, options: WhereOptions): Fragment {
	const r = alias(options.rows);
	const c = alias(options.cities);
	const skip = new Set<FilterKey>([
		...(options.ignore ?? []),
		...(options.table === 'violations' ? (['categories', 'channels'] as const) : [])
	]);
	const parts: Fragment[] = [];
	const use = (key: FilterKey) => !skip.has(key);
	if (use('phases') && filters.phases.length)
		parts.push(sql`${c}.phase IN (${list(filters.phases)})`);
	// A province-level table holds the province code in city_code, which matches no city.
	if (use('provinces') && filters.provinces.length)
		parts.push(sql`coalesce(${c}.province_code, ${r}.city_code) IN (${list(filters.provinces)})`);
	if (use('cities') && filters.cities.length)
		parts.push(sql`${r}.city_code IN (${list(filters.cities)})`);
	if (use('categories') && filters.categories.length)
		parts.push(sql`${r}.category IN (${list(filters.categories)})`);
	if (use('channels') && filters.channels.length)
		parts.push(sql`${r}.channel IN (${list(filters.channels)})`);
	if (use('from') && filters.from) parts.push(sql`${r}."month" >= ${`${filters.from}-01`}::DATE`);
	if (use('to') && filters.to) parts.push(sql`${r}."month" <= ${`${filters.to}-01`}::DATE`);
	return parts.length ? join(parts, ' AND ') : sql`TRUE`;
}

/** The aggregate for a filter metric over an `imports` alias, from the metrics registry. */
export function metricSql(metric: Metric, rows: string): Fragment {
	return metricAggregate(metricDef(metric), rows);
}

/** The place filters (phase, province, city) on the `cities` table alone. */
export function citiesWhere(filters: Filters, cities: string): Fragment {
	const c = alias(cities);
	const parts: Fragment[] = [];
	if (filters.phases.length) parts.push(sql`${c}.phase IN (${list(filters.phases)})`);
	if (filters.provinces.length) parts.push(sql`${c}.province_code IN (${list(filters.provinces)})`);
	if (filters.cities.length) parts.push(sql`${c}.code IN (${list(filters.cities)})`);
	return parts.length ? join(parts, ' AND ') : sql`TRUE`;
}

/**
 * The filters on the derived `imports_fact` (alias `rows`): every filter column is on the row
 * itself, and values are cast to the column's ENUM, so each test compares small integers.
 */
export function factWhere(
	filters: Filters,
	rows: string,
	ignore: readonly FilterKey[] = []
): Fragment {
	const f = alias(rows);
	const skip = new Set(ignore);
	const parts: Fragment[] = [];
	const inList = (key: FilterKey, column: keyof typeof FACT_TYPES, values: readonly string[]) => {
		if (!skip.has(key) && values.length)
			parts.push(sql`${f}.${alias(column)} IN (${enumList(values, FACT_TYPES[column])})`);
	};
	inList('phases', 'phase', filters.phases);
	inList('provinces', 'province_code', filters.provinces);
	inList('cities', 'city_code', filters.cities);
	inList('categories', 'category', filters.categories);
	inList('channels', 'channel', filters.channels);
	if (!skip.has('from') && filters.from)
		parts.push(sql`${f}."month" >= ${`${filters.from}-01`}::DATE`);
	if (!skip.has('to') && filters.to) parts.push(sql`${f}."month" <= ${`${filters.to}-01`}::DATE`);
	return parts.length ? join(parts, ' AND ') : sql`TRUE`;
}
