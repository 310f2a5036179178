/**
 * Queries behind the overview: one card per comparison cohort and the count of pilot cities over
 * time. Ratios are recomputed from sums over the cohort's rows, never averaged across cities.
 */
import { sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import type { CohortId } from '../schema';
import { MONTH, YEAR, defineView } from './views';

/** The last calendar year with all twelve months in the imports table. */
function latestFullYearSql(): QuerySpec {
	return toQuery(sql`
		SELECT max(y)::INTEGER AS year
		FROM (
			SELECT year("month") AS y FROM "imports"
			GROUP BY 1 HAVING count(DISTINCT month("month")) = 12
		)`);
}
export const latestFullYearQuery = defineView('overview.latestFullYear', [], latestFullYearSql);

export interface PhaseCardRow {
	cohort: CohortId;
	phases: string;
	cities_in_data: number;
	inferred: number;
	transitional: number;
	official_added: number | null;
	official_total: number | null;
	value_now: number | null;
	value_prev: number | null;
	bonded_value_now: number | null;
	growth: number | null;
	orders_now: number | null;
	cases_now: number | null;
	rate_per_10k: number | null;
}

/**
 * One row per cohort for `year`: cities in the data vs the official count, import value in the
 * year and the one before, the 1210 share, and violations per 10,000 orders (Σ cases / Σ orders).
 */
function phaseCardsSql(year: number): QuerySpec {
	return toQuery(sql`
		WITH members AS (
			SELECT p.cohort, c.code, c.basis, p.id AS phase
			FROM "cities" c JOIN "phases" p ON p.id = c.phase
		),
		meta AS (
			SELECT cohort, min(ord) AS ord, string_agg(id, ';' ORDER BY ord) AS phases,
				sum(official_added) AS official_added, max(official_total) AS official_total
			FROM "phases" GROUP BY cohort
		),
		counts AS (
			SELECT cohort, count(*) AS cities_in_data,
				count(*) FILTER (WHERE basis = 'inferred') AS inferred,
				count(*) FILTER (WHERE phase LIKE 't%') AS transitional
			FROM members GROUP BY cohort
		),
		imp AS (
			SELECT m.cohort,
				sum(i.value_cny) FILTER (WHERE year(i."month") = ${year}) AS value_now,
				sum(i.value_cny) FILTER (WHERE year(i."month") = ${year - 1}) AS value_prev,
				sum(i.value_cny) FILTER (WHERE year(i."month") = ${year} AND i.channel = '1210')
					AS bonded_value_now,
				sum(i.orders) FILTER (WHERE year(i."month") = ${year}) AS orders_now
			FROM "imports" i JOIN members m ON m.code = i.city_code
			GROUP BY m.cohort
		),
		vio AS (
			SELECT m.cohort, sum(v.cases) FILTER (WHERE year(v."month") = ${year}) AS cases_now
			FROM "violations" v JOIN members m ON m.code = v.city_code
			GROUP BY m.cohort
		)
		SELECT meta.cohort, meta.phases,
			coalesce(counts.cities_in_data, 0)::INTEGER AS cities_in_data,
			coalesce(counts.inferred, 0)::INTEGER AS inferred,
			coalesce(counts.transitional, 0)::INTEGER AS transitional,
			meta.official_added::INTEGER AS official_added,
			meta.official_total::INTEGER AS official_total,
			imp.value_now::DOUBLE AS value_now,
			imp.value_prev::DOUBLE AS value_prev,
			imp.bonded_value_now::DOUBLE AS bonded_value_now,
			(imp.value_now / nullif(imp.value_prev, 0) - 1)::DOUBLE AS growth,
			imp.orders_now::DOUBLE AS orders_now,
			coalesce(vio.cases_now, 0)::DOUBLE AS cases_now,
			(coalesce(vio.cases_now, 0) / nullif(imp.orders_now, 0) * 10000)::DOUBLE AS rate_per_10k
		FROM meta
		LEFT JOIN counts USING (cohort)
		LEFT JOIN imp USING (cohort)
		LEFT JOIN vio USING (cohort)
		ORDER BY meta.ord`);
}
export const phaseCardsQuery = defineView('overview.phaseCards', [YEAR], phaseCardsSql);

export interface PilotCountRow {
	month: string;
	phase: string;
	cities: number;
}

/** Cumulative number of places in the pilot, per phase, for every month in [from, to]. */
function pilotCountsSql(fromMonth: string, toMonth: string): QuerySpec {
	return toQuery(sql`
		WITH months AS (
			SELECT unnest(generate_series(${`${fromMonth}-01`}::DATE, ${`${toMonth}-01`}::DATE,
				INTERVAL 1 MONTH))::DATE AS m
		)
		SELECT strftime(months.m, '%Y-%m') AS month, p.id AS phase,
			count(c.code)::INTEGER AS cities
		FROM months CROSS JOIN "phases" p
		LEFT JOIN "cities" c ON c.phase = p.id AND c.joined_month <= months.m
		GROUP BY months.m, p.id, p.ord
		ORDER BY months.m, p.ord`);
}
export const pilotCountsQuery = defineView('overview.pilotCounts', [MONTH, MONTH], pilotCountsSql);
