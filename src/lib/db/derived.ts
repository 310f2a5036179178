/**
 * Tables derived from the contract's tables at load time, laid out for the views: `imports_fact`
 * is `imports` with each row's place (province, phase, cohort, joining month) beside it, codes as
 * ENUMs (small integers, not strings) and rows sorted by month. A filter then compares integers
 * and needs no join; the views' queries read it instead of joining imports, cities and phases.
 * The contract's tables stay as they are (the workbench shows, replaces and exports those); the
 * derived ones are rebuilt whenever a table they come from changes.
 */
import type { TableName } from '../schema';

/** The ENUM types of the derived tables, by the column they type. */
export const FACT_TYPES = {
	city_code: 'pa_city',
	province_code: 'pa_province',
	phase: 'pa_phase',
	cohort: 'pa_cohort',
	category: 'pa_category',
	channel: 'pa_channel'
} as const;

export type FactColumn = keyof typeof FACT_TYPES;

/** The contract tables the derived ones are made from: a change to any rebuilds them. */
export const FACT_SOURCES: readonly TableName[] = ['imports', 'cities', 'phases'];

// Each type holds every value the data has, sorted as VARCHAR sorts, so ORDER BY agrees.
const VALUES: Record<FactColumn, string> = {
	city_code: `SELECT code FROM "cities" UNION SELECT city_code FROM "imports"`,
	province_code: `SELECT province_code FROM "cities"`,
	phase: `SELECT id FROM "phases" UNION SELECT phase FROM "cities"`,
	cohort: `SELECT cohort FROM "phases"`,
	category: `SELECT category FROM "imports"`,
	channel: `SELECT channel FROM "imports"`
};

/**
 * How `imports_fact` exists: a 'table' in memory sorted by month (the browser, and a server whose
 * `imports` is in memory), or a 'view' that casts and joins as it reads (a server whose `imports`
 * stays in Parquet, out of core: a table would copy it all into memory).
 */
export type FactLayout = 'table' | 'view';

/** The statements that (re)build the derived tables from the contract's, in order. */
export function factTablesSql(layout: FactLayout = 'table'): string[] {
	const types = Object.entries(FACT_TYPES) as [FactColumn, string][];
	return [
		layout === 'table'
			? `DROP TABLE IF EXISTS "imports_fact"`
			: `DROP VIEW IF EXISTS "imports_fact"`,
		...types.map(([, type]) => `DROP TYPE IF EXISTS "${type}"`),
		...types.map(
			([column, type]) =>
				`CREATE TYPE "${type}" AS ENUM (SELECT DISTINCT v FROM (${VALUES[column]}) AS t(v) WHERE v IS NOT NULL ORDER BY v)`
		),
		// A city without a phase row keeps its rows (cohort NULL), as the views' joins did.
		`CREATE ${layout === 'table' ? 'TABLE' : 'VIEW'} "imports_fact" AS
			SELECT i."month", i.city_code::"pa_city" AS city_code,
				c.province_code::"pa_province" AS province_code, c.phase::"pa_phase" AS phase,
				p.cohort::"pa_cohort" AS cohort, p.ord AS phase_ord, c.joined_month,
				i.category::"pa_category" AS category, i.channel::"pa_channel" AS channel,
				i.orders, i.value_cny
			FROM "imports" i
			JOIN "cities" c ON c.code = i.city_code
			LEFT JOIN "phases" p ON p.id = c.phase${
				layout === 'table' ? `\n\t\t\tORDER BY i."month", i.city_code, i.category, i.channel` : ''
			}`
	];
}

/** True when a change to `table` makes the derived tables stale. */
export function feedsFacts(table: string): boolean {
	return (FACT_SOURCES as readonly string[]).includes(table);
}
