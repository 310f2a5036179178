/**
 * Monthly series per comparison cohort under the filters, plus the national series and the number
 * of cities per cohort, from which the view derives its four scales. The timeline ignores the
 * month filter: it shows the whole period and draws the chosen range as a brush.
 */
import { citiesWhere, rowsWhere } from './filters';
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
	const where = rowsWhere(filters, {
		rows: 'i',
		cities: 'c',
		table: 'imports',
		ignore: ['from', 'to']
	});
	return toQuery(sql`
		SELECT strftime(i."month", '%Y-%m') AS month, p.cohort,
			sum(i.value_cny)::DOUBLE AS value, sum(i.orders)::DOUBLE AS orders
		FROM "imports" i
		JOIN "cities" c ON c.code = i.city_code
		JOIN "phases" p ON p.id = c.phase
		WHERE ${where}
		GROUP BY ALL
		ORDER BY month, p.cohort`);
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
	const where = rowsWhere(
		{ ...filters, phases: [], provinces: [], cities: [] },
		{ rows: 'i', cities: 'c', table: 'imports', ignore: ['from', 'to'] }
	);
	return toQuery(sql`
		SELECT strftime(i."month", '%Y-%m') AS month,
			sum(i.value_cny)::DOUBLE AS value, sum(i.orders)::DOUBLE AS orders
		FROM "imports" i JOIN "cities" c ON c.code = i.city_code
		WHERE ${where}
		GROUP BY ALL ORDER BY month`);
}
export const nationalSeriesQuery = defineView(
	'timeline.nationalSeries',
	[FILTERS],
	nationalSeriesSql
);

export interface CohortInfoRow {
	cohort: string;
	cities: number;
	join_month: string;
	first_join: string;
}

/**
 * Per cohort: the cities in the data that pass the place filters, the month the cohort's
 * defining phase took effect (its "join month"), and the month its first city joined.
 */
function cohortInfoSql(filters: Filters): QuerySpec {
	return toQuery(sql`
		WITH joins AS (
			SELECT cohort, strftime(max(effective), '%Y-%m') AS join_month FROM "phases" GROUP BY cohort
		)
		SELECT p.cohort, count(*)::INTEGER AS cities, any_value(joins.join_month) AS join_month,
			strftime(min(c.joined_month), '%Y-%m') AS first_join
		FROM "cities" c
		JOIN "phases" p ON p.id = c.phase
		JOIN joins ON joins.cohort = p.cohort
		WHERE ${citiesWhere(filters, 'c')}
		GROUP BY p.cohort ORDER BY min(p.ord)`);
}
export const cohortInfoQuery = defineView('timeline.cohortInfo', [FILTERS], cohortInfoSql);

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
	const where = rowsWhere(filters, {
		rows: 'i',
		cities: 'c',
		table: 'imports',
		ignore: ['from', 'to']
	});
	const from = filters.from ? `${filters.from}-01` : null;
	const to = filters.to ? `${filters.to}-01` : null;
	return toQuery(sql`
		WITH span AS (
			SELECT coalesce(${from}::DATE, min("month")) AS f, coalesce(${to}::DATE, max("month")) AS t,
				min("month") AS first
			FROM "imports"
		)
		SELECT p.cohort, strftime(any_value(span.f), '%Y-%m') AS "from",
			strftime(any_value(span.t), '%Y-%m') AS "to",
			(date_diff('month', any_value(span.f), any_value(span.t)) + 1)::INTEGER AS months,
			(any_value(span.f) - INTERVAL 12 MONTH >= any_value(span.first)) AS prev_complete,
			coalesce(sum(i.value_cny) FILTER (WHERE i."month" BETWEEN span.f AND span.t), 0)::DOUBLE AS value,
			coalesce(sum(i.orders) FILTER (WHERE i."month" BETWEEN span.f AND span.t), 0)::DOUBLE AS orders,
			coalesce(sum(i.value_cny) FILTER (
				WHERE i."month" BETWEEN span.f - INTERVAL 12 MONTH AND span.t - INTERVAL 12 MONTH), 0)::DOUBLE AS prev_value,
			coalesce(sum(i.orders) FILTER (
				WHERE i."month" BETWEEN span.f - INTERVAL 12 MONTH AND span.t - INTERVAL 12 MONTH), 0)::DOUBLE AS prev_orders
		FROM "imports" i
		JOIN "cities" c ON c.code = i.city_code
		JOIN "phases" p ON p.id = c.phase
		CROSS JOIN span
		WHERE ${where}
		GROUP BY p.cohort
		ORDER BY min(p.ord)`);
}
export const periodSummaryQuery = defineView('timeline.periodSummary', [FILTERS], periodSummarySql);
