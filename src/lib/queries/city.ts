/**
 * One city against its cohort: monthly series by channel, the goods mix, and violation rates.
 * The cohort figures are per city of the cohort (Σ over its cities ÷ their number), so a city can
 * be read against a typical member rather than the cohort's total. A place outside the pilot (a
 * modelled comparison place) has no cohort: it is read against the other places outside it.
 */
import { factWhere, rowsWhere } from './filters';
import { enumList, sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { CITY, FILTERS, defineView } from './views';

const goodsOnly = (filters: Filters): Filters => ({
	...filters,
	phases: [],
	provinces: [],
	cities: []
});

export interface CityMonthRow {
	month: string;
	channel: string;
	value: number;
	orders: number;
	cohort_value: number;
	cohort_orders: number;
}

/** Monthly Σ value and Σ orders of the city per channel, with its cohort's per-city figures. */
function cityMonthlySql(code: string, filters: Filters): QuerySpec {
	const where = factWhere(goodsOnly(filters), 'i');
	return toQuery(sql`
		WITH me AS (
			SELECT coalesce(p.cohort, c.phase) AS cohort FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase WHERE c.code = ${code}
		),
		peers AS (
			SELECT c.code FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase
			WHERE coalesce(p.cohort, c.phase) = (SELECT cohort FROM me)
		),
		n AS (SELECT count(*) AS n FROM peers)
		SELECT strftime(i."month", '%Y-%m') AS month, i.channel::VARCHAR AS channel,
			coalesce(sum(i.value_cny) FILTER (WHERE i.city_code IN (${enumList([code], 'pa_city')})), 0)::DOUBLE AS value,
			coalesce(sum(i.orders) FILTER (WHERE i.city_code IN (${enumList([code], 'pa_city')})), 0)::DOUBLE AS orders,
			(sum(i.value_cny) / any_value(n.n))::DOUBLE AS cohort_value,
			(sum(i.orders) / any_value(n.n))::DOUBLE AS cohort_orders
		FROM "imports_fact" i
		CROSS JOIN n
		WHERE i.cohort IS NOT DISTINCT FROM TRY_CAST((SELECT cohort FROM me) AS "pa_cohort") AND ${where}
		GROUP BY i."month", i.channel
		ORDER BY i."month", i.channel`);
}
export const cityMonthlyQuery = defineView('city.monthly', [CITY, FILTERS], cityMonthlySql);

export interface CityMixRow {
	category: string;
	value: number;
	share: number | null;
	cohort_share: number | null;
}

/** The city's goods mix (share of value) beside its cohort's, under the filters. */
function cityMixSql(code: string, filters: Filters): QuerySpec {
	const where = factWhere({ ...goodsOnly(filters), categories: [] }, 'i');
	return toQuery(sql`
		WITH me AS (
			SELECT coalesce(p.cohort, c.phase) AS cohort FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase WHERE c.code = ${code}
		),
		agg AS (
			SELECT i.category::VARCHAR AS category,
				coalesce(sum(i.value_cny) FILTER (WHERE i.city_code IN (${enumList([code], 'pa_city')})), 0) AS mine,
				sum(i.value_cny) AS cohort
			FROM "imports_fact" i
			WHERE i.cohort IS NOT DISTINCT FROM TRY_CAST((SELECT cohort FROM me) AS "pa_cohort") AND ${where}
			GROUP BY i.category
		)
		SELECT agg.category, agg.mine::DOUBLE AS value,
			(agg.mine / nullif(sum(agg.mine) OVER (), 0))::DOUBLE AS share,
			(agg.cohort / nullif(sum(agg.cohort) OVER (), 0))::DOUBLE AS cohort_share
		FROM agg JOIN "categories" k ON k.id = agg.category
		ORDER BY k.ord`);
}
export const cityMixQuery = defineView('city.mix', [CITY, FILTERS], cityMixSql);

export interface CityViolationRow {
	year: number;
	cases: number;
	orders: number;
	rate: number | null;
	cohort_rate: number | null;
}

/** Violations per 10,000 orders by year: the city's Σ cases ÷ Σ orders, and its cohort's. */
function cityViolationsSql(code: string, filters: Filters): QuerySpec {
	const months = { ...goodsOnly(filters), categories: [], channels: [] };
	const imp = rowsWhere(months, { rows: 'i', cities: 'c', table: 'imports' });
	const vio = rowsWhere(months, { rows: 'v', cities: 'c', table: 'violations' });
	return toQuery(sql`
		WITH me AS (
			SELECT coalesce(p.cohort, c.phase) AS cohort FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase WHERE c.code = ${code}
		),
		peers AS (
			SELECT c.code FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase
			WHERE coalesce(p.cohort, c.phase) = (SELECT cohort FROM me)
		),
		o AS (
			SELECT year(i."month") AS year,
				sum(i.orders) FILTER (WHERE i.city_code = ${code}) AS mine, sum(i.orders) AS cohort
			FROM "imports" i JOIN "cities" c ON c.code = i.city_code JOIN peers ON peers.code = i.city_code
			WHERE ${imp} GROUP BY ALL
		),
		v AS (
			SELECT year(v."month") AS year,
				sum(v.cases) FILTER (WHERE v.city_code = ${code}) AS mine, sum(v.cases) AS cohort
			FROM "violations" v JOIN "cities" c ON c.code = v.city_code JOIN peers ON peers.code = v.city_code
			WHERE ${vio} GROUP BY ALL
		)
		SELECT o.year::INTEGER AS year, coalesce(v.mine, 0)::DOUBLE AS cases,
			coalesce(o.mine, 0)::DOUBLE AS orders,
			(coalesce(v.mine, 0) / nullif(o.mine, 0) * 10000)::DOUBLE AS rate,
			(coalesce(v.cohort, 0) / nullif(o.cohort, 0) * 10000)::DOUBLE AS cohort_rate
		FROM o LEFT JOIN v USING (year)
		WHERE o.mine IS NOT NULL
		ORDER BY o.year`);
}
export const cityViolationsQuery = defineView(
	'city.violations',
	[CITY, FILTERS],
	cityViolationsSql
);
