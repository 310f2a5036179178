/**
 * Monthly series per comparison cohort under the filters, plus the national series, the number
 * of cities per cohort and each cohort's index base, from which the view derives its scales. The
 * timeline ignores the month filter: it shows the whole period and draws the chosen range as a
 * brush (the relative scale measures from the range's start).
 */
import { citiesWhere, factWhere } from './filters';
import { sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { FILTERS, defineView } from './views';

export interface CohortMonthRow {
	month: string;
	cohort: string;
	value: number;
	orders: number;
}

/** Σ value and Σ orders per cohort and month, all filters but the month range. */
function cohortSeriesSql(filters: Filters): QuerySpec {
	// Grouped by the month as a date, formatted after: one strftime per group, not per row.
	return toQuery(sql`
		SELECT strftime(f."month", '%Y-%m') AS month, f.cohort::VARCHAR AS cohort,
			sum(f.value_cny)::DOUBLE AS value, sum(f.orders)::DOUBLE AS orders
		FROM "imports_fact" f
		WHERE f.cohort IS NOT NULL AND ${factWhere(filters, 'f', ['from', 'to'])}
		GROUP BY f."month", f.cohort
		ORDER BY f."month", f.cohort`);
}
export const cohortSeriesQuery = defineView('timeline.cohortSeries', [FILTERS], cohortSeriesSql);

export interface NationalMonthRow {
	month: string;
	value: number;
	orders: number;
}

/**
 * The national series for shares: every place in the data, with only the goods filters (category
 * and channel) applied, so a cohort's share is of the same kind of goods nationwide.
 */
function nationalSeriesSql(filters: Filters): QuerySpec {
	const where = factWhere(filters, 'f', ['phases', 'provinces', 'cities', 'from', 'to']);
	return toQuery(sql`
		SELECT strftime(f."month", '%Y-%m') AS month,
			sum(f.value_cny)::DOUBLE AS value, sum(f.orders)::DOUBLE AS orders
		FROM "imports_fact" f
		WHERE ${where}
		GROUP BY f."month" ORDER BY f."month"`);
}
export const nationalSeriesQuery = defineView(
	'timeline.nationalSeries',
	[FILTERS],
	nationalSeriesSql
);

export interface CohortInfoRow {
	cohort: string;
	cities: number;
	/** The month the cohort's last phase took effect (the end of its joining band). */
	join_month: string;
	first_join: string;
	/** The cohort's phases with cities under the filters, ';'-separated in phase order. */
	phases: string;
	named: number;
	inferred: number;
}

/**
 * Per cohort: the cities in the data that pass the place filters, which of its phases they come
 * from and how sure their membership is, the month the cohort's last phase took effect, and the
 * month its first city joined. Places outside the pilot belong to no cohort.
 */
function cohortInfoSql(filters: Filters): QuerySpec {
	return toQuery(sql`
		WITH joins AS (
			SELECT cohort, strftime(max(effective), '%Y-%m') AS join_month FROM "phases" GROUP BY cohort
		)
		SELECT p.cohort, count(*)::INTEGER AS cities, any_value(joins.join_month) AS join_month,
			strftime(min(c.joined_month), '%Y-%m') AS first_join,
			string_agg(DISTINCT p.id, ';' ORDER BY p.id) AS phases,
			count(*) FILTER (WHERE c.basis = 'named')::INTEGER AS named,
			count(*) FILTER (WHERE c.basis = 'inferred')::INTEGER AS inferred
		FROM "cities" c
		JOIN "phases" p ON p.id = c.phase
		JOIN joins ON joins.cohort = p.cohort
		WHERE ${citiesWhere(filters, 'c')}
		GROUP BY p.cohort ORDER BY min(p.ord)`);
}
export const cohortInfoQuery = defineView('timeline.cohortInfo', [FILTERS], cohortInfoSql);

/** Months of the index base: the year before each city joined. */
export const INDEX_BASE_MONTHS = 12;

/**
 * The index scale's input: per cohort and month, the sums of its cities that have 12 months of
 * data before their own joining month, with Σ of those cities' mean base month and how many of
 * the cohort's cities have one. All filters but the month range.
 */
function cohortIndexSql(filters: Filters): QuerySpec {
	return toQuery(sql`
		WITH span AS (SELECT min("month") AS first FROM "imports"),
		city AS (
			SELECT c.code, p.cohort, c.joined_month,
				c.joined_month - to_months(${INDEX_BASE_MONTHS}::INTEGER) >= span.first AS has_base
			FROM "cities" c JOIN "phases" p ON p.id = c.phase CROSS JOIN span
			WHERE ${citiesWhere(filters, 'c')}
		),
		monthly AS (
			SELECT f.city_code::VARCHAR AS city_code, f."month", sum(f.value_cny) AS v, sum(f.orders) AS o
			FROM "imports_fact" f
			WHERE ${factWhere(filters, 'f', ['from', 'to'])}
			GROUP BY ALL
		),
		base AS (
			SELECT city.cohort, sum(m.v) / ${INDEX_BASE_MONTHS} AS base_value,
				sum(m.o) / ${INDEX_BASE_MONTHS} AS base_orders
			FROM city JOIN monthly m ON m.city_code = city.code
			WHERE city.has_base AND m."month" < city.joined_month
				AND m."month" >= city.joined_month - to_months(${INDEX_BASE_MONTHS}::INTEGER)
			GROUP BY 1
		),
		counts AS (
			SELECT cohort, count(*) AS cities, count(*) FILTER (WHERE has_base) AS with_base
			FROM city GROUP BY 1
		),
		series AS (
			SELECT city.cohort, strftime(m."month", '%Y-%m') AS month, sum(m.v) AS value, sum(m.o) AS orders
			FROM city JOIN monthly m ON m.city_code = city.code
			WHERE city.has_base
			GROUP BY ALL
		)
		SELECT series.cohort, series.month, series.value::DOUBLE AS value,
			series.orders::DOUBLE AS orders, base.base_value::DOUBLE AS base_value,
			base.base_orders::DOUBLE AS base_orders, counts.with_base::INTEGER AS with_base,
			counts.cities::INTEGER AS cities
		FROM series JOIN counts USING (cohort) LEFT JOIN base USING (cohort)
		ORDER BY series.month, series.cohort`);
}
export const cohortIndexQuery = defineView('timeline.cohortIndex', [FILTERS], cohortIndexSql);

export interface PeriodRow {
	cohort: string;
	from: string;
	to: string;
	value: number;
	orders: number;
	prev_value: number;
	prev_orders: number;
	months: number;
	/** False when the year-earlier months start before the data does. */
	prev_complete: boolean;
}

/**
 * Per cohort: Σ value and Σ orders in the chosen months (the whole data when none are chosen) and
 * in the same months a year earlier.
 */
function periodSummarySql(filters: Filters): QuerySpec {
	const where = factWhere(filters, 'f', ['from', 'to']);
	const from = filters.from ? `${filters.from}-01` : null;
	const to = filters.to ? `${filters.to}-01` : null;
	return toQuery(sql`
		WITH span AS (
			SELECT coalesce(${from}::DATE, min("month")) AS f, coalesce(${to}::DATE, max("month")) AS t,
				min("month") AS first
			FROM "imports"
		)
		SELECT f.cohort::VARCHAR AS cohort, strftime(any_value(span.f), '%Y-%m') AS "from",
			strftime(any_value(span.t), '%Y-%m') AS "to",
			(date_diff('month', any_value(span.f), any_value(span.t)) + 1)::INTEGER AS months,
			(any_value(span.f) - INTERVAL 12 MONTH >= any_value(span.first)) AS prev_complete,
			coalesce(sum(f.value_cny) FILTER (WHERE f."month" BETWEEN span.f AND span.t), 0)::DOUBLE AS value,
			coalesce(sum(f.orders) FILTER (WHERE f."month" BETWEEN span.f AND span.t), 0)::DOUBLE AS orders,
			coalesce(sum(f.value_cny) FILTER (
				WHERE f."month" BETWEEN span.f - INTERVAL 12 MONTH AND span.t - INTERVAL 12 MONTH), 0)::DOUBLE AS prev_value,
			coalesce(sum(f.orders) FILTER (
				WHERE f."month" BETWEEN span.f - INTERVAL 12 MONTH AND span.t - INTERVAL 12 MONTH), 0)::DOUBLE AS prev_orders
		FROM "imports_fact" f
		CROSS JOIN span
		WHERE f.cohort IS NOT NULL AND ${where}
		GROUP BY f.cohort
		ORDER BY min(f.phase_ord)`);
}
export const periodSummaryQuery = defineView('timeline.periodSummary', [FILTERS], periodSummarySql);

export interface PeriodFrameRow {
	cohort: string;
	/** The first and last months of the data ('YYYY-MM'): the default period and the year-earlier bound. */
	first: string;
	last: string;
}

/**
 * The cohorts in display order with the data's first and last months: with the cohort series,
 * everything the period summary needs (`periodFromSeries`), so a brush answers without a query.
 */
function periodFrameSql(): QuerySpec {
	return toQuery(sql`
		WITH span AS (SELECT min("month") AS first, max("month") AS last FROM "imports")
		SELECT p.cohort, strftime(any_value(span.first), '%Y-%m') AS first,
			strftime(any_value(span.last), '%Y-%m') AS last
		FROM "phases" p CROSS JOIN span
		GROUP BY p.cohort ORDER BY min(p.ord)`);
}
export const periodFrameQuery = defineView('timeline.periodFrame', [], periodFrameSql);
