/**
 * Queries behind the compliance page. Every rate is a ratio of sums over the filtered rows:
 * Σ cases / Σ orders × 10,000 and Σ flagged value / Σ import value, never an average of city
 * rates. Violations carry no goods category or channel, so both sides of every ratio cover all
 * categories and channels of the filtered cities and months; the one exception is a violation
 * type that only one channel can commit (`channel_scope` '1210', offline pickup), whose per-type
 * rate is per 10,000 orders of that channel. `imp` is a condition on imports `i`, `vio` one on
 * violations `v`, each joined to cities `c` and phases `p`.
 */
import { sql, toQuery, type Fragment } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { rowsWhere } from './filters';
import { defineView, FILTERS, type ArgCodec } from './views';

export interface ComplianceScope {
	imp: Fragment;
	vio: Fragment;
	/** The filters the scope was made from: what a view request sends. */
	filters: Filters;
}

/** A scope travels as its filters and is rebuilt from them. */
const SCOPE: ArgCodec<ComplianceScope> = {
	name: 'filters',
	encode: (scope) => FILTERS.encode(scope.filters),
	decode: (raw, ctx) => complianceScope(FILTERS.decode(raw, ctx))
};

const IMP = sql`"imports" i JOIN "cities" c ON c.code = i.city_code JOIN "phases" p ON p.id = c.phase`;
const VIO = sql`"violations" v JOIN "cities" c ON c.code = v.city_code JOIN "phases" p ON p.id = c.phase`;

export interface CohortTrendRow {
	month: string;
	cohort: string;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
	rate_per_10k: number | null;
	flagged_share: number | null;
}

/** Per month and cohort: cases, orders, violations per 10,000 orders and flagged value share. */
function cohortTrendSql({ imp, vio }: ComplianceScope): QuerySpec {
	return toQuery(sql`
		WITH o AS (
			SELECT i."month" AS m, p.cohort, sum(i.orders) AS orders, sum(i.value_cny) AS value
			FROM ${IMP} WHERE ${imp} GROUP BY ALL
		),
		x AS (
			SELECT v."month" AS m, p.cohort, sum(v.cases) AS cases, sum(v.value_cny) AS flagged
			FROM ${VIO} WHERE ${vio} GROUP BY ALL
		)
		SELECT strftime(o.m, '%Y-%m') AS month, o.cohort,
			coalesce(x.cases, 0)::DOUBLE AS cases, o.orders::DOUBLE AS orders,
			coalesce(x.flagged, 0)::DOUBLE AS flagged, o.value::DOUBLE AS value,
			(coalesce(x.cases, 0) / nullif(o.orders, 0) * 10000)::DOUBLE AS rate_per_10k,
			(coalesce(x.flagged, 0) / nullif(o.value, 0))::DOUBLE AS flagged_share
		FROM o LEFT JOIN x ON x.m = o.m AND x.cohort = o.cohort
		JOIN (SELECT cohort, min(ord) AS ord FROM "phases" GROUP BY cohort) k ON k.cohort = o.cohort
		ORDER BY o.m, k.ord`);
}
export const cohortTrendQuery = defineView('compliance.cohortTrend', [SCOPE], cohortTrendSql);

export interface TypeTrendRow {
	month: string;
	type: string;
	channel_scope: string;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
	rate_per_10k: number | null;
	flagged_share: number | null;
}

/**
 * Per month and violation type: cases per 10,000 orders in the type's channel scope and its
 * flagged value as a share of the import value in that scope.
 */
function typeTrendSql({ imp, vio }: ComplianceScope): QuerySpec {
	return toQuery(sql`
		WITH o AS (
			SELECT i."month" AS m, sum(i.orders) AS orders_all, sum(i.value_cny) AS value_all,
				sum(i.orders) FILTER (WHERE i.channel = '1210') AS orders_1210,
				sum(i.value_cny) FILTER (WHERE i.channel = '1210') AS value_1210
			FROM ${IMP} WHERE ${imp} GROUP BY ALL
		),
		x AS (
			SELECT v."month" AS m, v.type, sum(v.cases) AS cases, sum(v.value_cny) AS flagged
			FROM ${VIO} WHERE ${vio} GROUP BY ALL
		),
		cells AS (
			SELECT o.*, t.id AS type, t.ord, t.channel_scope,
				CASE WHEN t.channel_scope = '1210' THEN o.orders_1210 ELSE o.orders_all END AS orders,
				CASE WHEN t.channel_scope = '1210' THEN o.value_1210 ELSE o.value_all END AS value
			FROM o CROSS JOIN "violation_types" t
		)
		SELECT strftime(cells.m, '%Y-%m') AS month, cells.type, cells.channel_scope,
			coalesce(x.cases, 0)::DOUBLE AS cases, coalesce(cells.orders, 0)::DOUBLE AS orders,
			coalesce(x.flagged, 0)::DOUBLE AS flagged, coalesce(cells.value, 0)::DOUBLE AS value,
			(coalesce(x.cases, 0) / nullif(cells.orders, 0) * 10000)::DOUBLE AS rate_per_10k,
			(coalesce(x.flagged, 0) / nullif(cells.value, 0))::DOUBLE AS flagged_share
		FROM cells LEFT JOIN x ON x.m = cells.m AND x.type = cells.type
		ORDER BY cells.m, cells.ord`);
}
export const typeTrendQuery = defineView('compliance.typeTrend', [SCOPE], typeTrendSql);

export interface ComplianceTotalRow {
	/** A cohort id, or null for every filtered city together. */
	cohort: string | null;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
	rate_per_10k: number | null;
	flagged_share: number | null;
}

/** Totals over the filtered period: one row per cohort and a last row for all of them. */
function complianceTotalsSql({ imp, vio }: ComplianceScope): QuerySpec {
	return toQuery(sql`
		WITH o AS (
			SELECT p.cohort, min(p.ord) AS ord, sum(i.orders) AS orders, sum(i.value_cny) AS value
			FROM ${IMP} WHERE ${imp} GROUP BY ALL
		),
		x AS (
			SELECT p.cohort, sum(v.cases) AS cases, sum(v.value_cny) AS flagged
			FROM ${VIO} WHERE ${vio} GROUP BY ALL
		),
		j AS (
			SELECT o.cohort, o.ord, o.orders, o.value, coalesce(x.cases, 0) AS cases,
				coalesce(x.flagged, 0) AS flagged
			FROM o LEFT JOIN x USING (cohort)
		)
		SELECT cohort, sum(cases)::DOUBLE AS cases, sum(orders)::DOUBLE AS orders,
			sum(flagged)::DOUBLE AS flagged, sum(value)::DOUBLE AS value,
			(sum(cases) / nullif(sum(orders), 0) * 10000)::DOUBLE AS rate_per_10k,
			(sum(flagged) / nullif(sum(value), 0))::DOUBLE AS flagged_share
		FROM j
		GROUP BY ROLLUP (cohort)
		ORDER BY grouping(cohort), min(ord)`);
}
export const complianceTotalsQuery = defineView('compliance.totals', [SCOPE], complianceTotalsSql);

export interface CityRow {
	code: string;
	name_en: string;
	name_zh: string;
	province_en: string;
	phase: string;
	cohort: string;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
}

/** Per city in the filtered scope: Σ cases, Σ orders, Σ flagged value, Σ import value. */
function cityComplianceSql({ imp, vio }: ComplianceScope): QuerySpec {
	return toQuery(sql`
		WITH o AS (
			SELECT i.city_code AS code, sum(i.orders) AS orders, sum(i.value_cny) AS value
			FROM ${IMP} WHERE ${imp} GROUP BY ALL
		),
		x AS (
			SELECT v.city_code AS code, sum(v.cases) AS cases, sum(v.value_cny) AS flagged
			FROM ${VIO} WHERE ${vio} GROUP BY ALL
		)
		SELECT c.code, c.name_en, c.name_zh, c.province_en, c.phase, p.cohort,
			coalesce(x.cases, 0)::DOUBLE AS cases, o.orders::DOUBLE AS orders,
			coalesce(x.flagged, 0)::DOUBLE AS flagged, o.value::DOUBLE AS value
		FROM o JOIN "cities" c ON c.code = o.code JOIN "phases" p ON p.id = c.phase
		LEFT JOIN x ON x.code = o.code
		ORDER BY c.code`);
}
export const cityComplianceQuery = defineView('compliance.cities', [SCOPE], cityComplianceSql);

/**
 * The page's scope from the global filters. Violations have no category or channel, so the
 * category and channel filters apply to neither side of a ratio: a rate whose numerator covers
 * every channel over a denominator of one channel's orders would be meaningless.
 */
export function complianceScope(filters: Filters): ComplianceScope {
	return {
		imp: rowsWhere(filters, {
			rows: 'i',
			cities: 'c',
			table: 'imports',
			ignore: ['categories', 'channels']
		}),
		vio: rowsWhere(filters, { rows: 'v', cities: 'c', table: 'violations' }),
		filters
	};
}
