/**
 * Event time: every city's months counted from its own joining month (k = 0), summed per cohort,
 * with how many of the cohort's cities the data covers at each k (the panel is unbalanced: early
 * joiners have no months before 2016, late joiners few after). Raw descriptive sums: the
 * estimate of what joining changed is the outcomes estimator's (analysis/did). Only the chosen
 * months are used, so a range also narrows which k each city can reach.
 */
import { citiesWhere, factWhere } from './filters';
import { sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { FILTERS, defineView } from './views';

export const EVENT_WINDOW = { before: 24, after: 36 } as const;

export interface EventTimeRow {
	cohort: string;
	k: number;
	cities: number;
	value: number;
	orders: number;
}

/** Σ value, Σ orders and covered cities per cohort and month since joining, k ∈ [−24, 36]. */
function eventTimeSql(filters: Filters): QuerySpec {
	const from = filters.from ? `${filters.from}-01` : null;
	const to = filters.to ? `${filters.to}-01` : null;
	return toQuery(sql`
		WITH city AS (
			SELECT c.code, p.cohort, c.joined_month FROM "cities" c JOIN "phases" p ON p.id = c.phase
			WHERE ${citiesWhere(filters, 'c')}
		),
		span AS (
			SELECT greatest(min("month"), coalesce(${from}::DATE, min("month"))) AS first,
				least(max("month"), coalesce(${to}::DATE, max("month"))) AS last
			FROM "imports"
		),
		ks AS (SELECT unnest(generate_series(${-EVENT_WINDOW.before}::INTEGER, ${EVENT_WINDOW.after}::INTEGER)) AS k),
		coverage AS (
			SELECT city.cohort, ks.k, count(*) AS cities
			FROM city CROSS JOIN ks CROSS JOIN span
			WHERE city.joined_month + to_months(ks.k) BETWEEN span.first AND span.last
			GROUP BY ALL
		),
		sums AS (
			SELECT f.cohort::VARCHAR AS cohort, date_diff('month', f.joined_month, f."month") AS k,
				sum(f.value_cny) AS value, sum(f.orders) AS orders
			FROM "imports_fact" f
			WHERE f.cohort IS NOT NULL AND ${factWhere(filters, 'f')}
			GROUP BY ALL
		)
		SELECT coverage.cohort, coverage.k::INTEGER AS k, coverage.cities::INTEGER AS cities,
			coalesce(sums.value, 0)::DOUBLE AS value, coalesce(sums.orders, 0)::DOUBLE AS orders
		FROM coverage LEFT JOIN sums USING (cohort, k)
		ORDER BY coverage.cohort, k`);
}
export const eventTimeQuery = defineView('eventStudy.eventTime', [FILTERS], eventTimeSql);

export interface JoinGrowthRow {
	phase: string;
	cohort: string;
	join_month: string;
	pre_months: number;
	treated_cities: number;
	treated_pre_value: number;
	treated_post_value: number;
	treated_pre_orders: number;
	treated_post_orders: number;
	comparison_cities: number;
	comparison_pre_value: number;
	comparison_post_value: number;
	comparison_pre_orders: number;
	comparison_post_orders: number;
}

/**
 * For each phase: the 12 months before and after its join month, for its own cities and for the
 * places that had not yet joined by the end of those 12 months (later cohorts, and places outside
 * the pilot). Descriptive; the window is fixed around each joining, so the month range does not
 * apply (the table says so).
 */
function joinGrowthSql(filters: Filters): QuerySpec {
	const goods = factWhere(filters, 'f', ['from', 'to']);
	return toQuery(sql`
		WITH city AS (
			SELECT c.code, c.phase, c.joined_month FROM "cities" c WHERE ${citiesWhere(filters, 'c')}
		),
		joins AS (
			SELECT id AS phase, cohort, ord, date_trunc('month', effective)::DATE AS j FROM "phases"
		),
		monthly AS (
			SELECT f.city_code::VARCHAR AS city_code, f."month", sum(f.value_cny) AS v, sum(f.orders) AS o
			FROM "imports_fact" f
			WHERE ${goods}
			GROUP BY f.city_code, f."month"
		),
		tagged AS (
			SELECT joins.phase, monthly.v, monthly.o, city.code,
				CASE WHEN monthly."month" >= joins.j - INTERVAL 12 MONTH AND monthly."month" < joins.j THEN 'pre'
					WHEN monthly."month" >= joins.j AND monthly."month" < joins.j + INTERVAL 12 MONTH THEN 'post'
				END AS period,
				CASE WHEN city.phase = joins.phase THEN 'treated'
					WHEN city.joined_month IS NULL OR city.joined_month >= joins.j + INTERVAL 12 MONTH
						THEN 'comparison'
				END AS grp
			FROM joins CROSS JOIN monthly JOIN city ON city.code = monthly.city_code
		),
		span AS (SELECT min("month") AS first FROM "imports")
		SELECT joins.phase, any_value(joins.cohort) AS cohort, strftime(any_value(joins.j), '%Y-%m') AS join_month,
			least(12, greatest(0, date_diff('month', any_value(span.first), any_value(joins.j))))::INTEGER AS pre_months,
			count(DISTINCT t.code) FILTER (WHERE t.grp = 'treated')::INTEGER AS treated_cities,
			coalesce(sum(t.v) FILTER (WHERE t.grp = 'treated' AND t.period = 'pre'), 0)::DOUBLE AS treated_pre_value,
			coalesce(sum(t.v) FILTER (WHERE t.grp = 'treated' AND t.period = 'post'), 0)::DOUBLE AS treated_post_value,
			coalesce(sum(t.o) FILTER (WHERE t.grp = 'treated' AND t.period = 'pre'), 0)::DOUBLE AS treated_pre_orders,
			coalesce(sum(t.o) FILTER (WHERE t.grp = 'treated' AND t.period = 'post'), 0)::DOUBLE AS treated_post_orders,
			count(DISTINCT t.code) FILTER (WHERE t.grp = 'comparison')::INTEGER AS comparison_cities,
			coalesce(sum(t.v) FILTER (WHERE t.grp = 'comparison' AND t.period = 'pre'), 0)::DOUBLE AS comparison_pre_value,
			coalesce(sum(t.v) FILTER (WHERE t.grp = 'comparison' AND t.period = 'post'), 0)::DOUBLE AS comparison_post_value,
			coalesce(sum(t.o) FILTER (WHERE t.grp = 'comparison' AND t.period = 'pre'), 0)::DOUBLE AS comparison_pre_orders,
			coalesce(sum(t.o) FILTER (WHERE t.grp = 'comparison' AND t.period = 'post'), 0)::DOUBLE AS comparison_post_orders
		FROM joins CROSS JOIN span
		LEFT JOIN tagged t ON t.phase = joins.phase AND t.period IS NOT NULL AND t.grp IS NOT NULL
		GROUP BY joins.phase, joins.ord
		ORDER BY joins.ord`);
}
export const joinGrowthQuery = defineView('eventStudy.joinGrowth', [FILTERS], joinGrowthSql);
