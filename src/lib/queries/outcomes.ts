/**
 * The outcomes estimator's input panel: every place under the province filter, with its joining
 * month and whether the phase and city filters choose it as a treated place, and its place-month
 * sums under the goods filters (categories, channels) inside the chosen months. The estimation
 * runs in JavaScript on these rows (analysis/did). Comparison places are not narrowed by the
 * phase or city filters: "against places not yet in the pilot" means every such place in the
 * chosen provinces. The month range is the window of calendar months the estimator may use, for
 * base months and effects alike, so it also bounds the event times that can be estimated.
 */
import { citiesWhere, rowsWhere } from './filters';
import { sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { FILTERS, defineView } from './views';

export interface OutcomePlaceRow {
	code: string;
	cohort: string | null;
	phase: string;
	basis: string;
	/** 'YYYY-MM'; null for a place that never joined. */
	joined: string | null;
	selected: boolean;
	/** The months used: the chosen range, else the data's span ('YYYY-MM'). */
	from: string;
	to: string;
	/** The data's first month (earlier than `from` when the range cuts it). */
	data_from: string;
}

export interface OutcomeMonthRow {
	code: string;
	month: string;
	value: number;
	orders: number;
	all_orders: number;
	cases: number;
}

const span = (filters: Filters) => {
	const from = filters.from ? `${filters.from}-01` : null;
	const to = filters.to ? `${filters.to}-01` : null;
	return sql`span AS (
		SELECT coalesce(${from}::DATE, min("month")) AS f, coalesce(${to}::DATE, max("month")) AS t,
			min("month") AS first
		FROM "imports"
	)`;
};

/** The places of the panel, each with its joining month and whether it is a treated candidate. */
function outcomePlacesSql(filters: Filters): QuerySpec {
	const region = citiesWhere({ ...filters, phases: [], cities: [] }, 'c');
	const chosen = citiesWhere({ ...filters, provinces: [] }, 'c');
	return toQuery(sql`
		WITH ${span(filters)}
		SELECT c.code, p.cohort, c.phase, c.basis, strftime(c.joined_month, '%Y-%m') AS joined,
			(${chosen}) AS selected,
			strftime(span.f, '%Y-%m') AS "from", strftime(span.t, '%Y-%m') AS "to",
			strftime(span.first, '%Y-%m') AS data_from
		FROM "cities" c LEFT JOIN "phases" p ON p.id = c.phase CROSS JOIN span
		WHERE ${region}
		ORDER BY c.code`);
}

/**
 * Place-month sums inside the months used: value and orders under the goods filters, orders of
 * all goods (violations carry no category or channel, so the rate divides by them), and cases.
 */
function outcomeMonthsSql(filters: Filters): QuerySpec {
	const region = { ...filters, phases: [], cities: [] };
	const goods = rowsWhere(region, {
		rows: 'i',
		cities: 'c',
		table: 'imports',
		ignore: ['from', 'to']
	});
	const allGoods = rowsWhere(region, {
		rows: 'i',
		cities: 'c',
		table: 'imports',
		ignore: ['from', 'to', 'categories', 'channels']
	});
	const cases = rowsWhere(region, {
		rows: 'v',
		cities: 'c',
		table: 'violations',
		ignore: ['from', 'to']
	});
	return toQuery(sql`
		WITH ${span(filters)},
		imp AS (
			SELECT i.city_code AS code, i."month" AS m, sum(i.value_cny) AS value, sum(i.orders) AS orders
			FROM "imports" i JOIN "cities" c ON c.code = i.city_code CROSS JOIN span
			WHERE i."month" BETWEEN span.f AND span.t AND ${goods}
			GROUP BY ALL
		),
		every AS (
			SELECT i.city_code AS code, i."month" AS m, sum(i.orders) AS all_orders
			FROM "imports" i JOIN "cities" c ON c.code = i.city_code CROSS JOIN span
			WHERE i."month" BETWEEN span.f AND span.t AND ${allGoods}
			GROUP BY ALL
		),
		vio AS (
			SELECT v.city_code AS code, v."month" AS m, sum(v.cases) AS cases
			FROM "violations" v JOIN "cities" c ON c.code = v.city_code CROSS JOIN span
			WHERE v."month" BETWEEN span.f AND span.t AND ${cases}
			GROUP BY ALL
		)
		SELECT coalesce(every.code, vio.code) AS code,
			strftime(coalesce(every.m, vio.m), '%Y-%m') AS month,
			coalesce(imp.value, 0)::DOUBLE AS value, coalesce(imp.orders, 0)::DOUBLE AS orders,
			coalesce(every.all_orders, 0)::DOUBLE AS all_orders, coalesce(vio.cases, 0)::DOUBLE AS cases
		FROM every
		LEFT JOIN imp ON imp.code = every.code AND imp.m = every.m
		FULL JOIN vio ON vio.code = every.code AND vio.m = every.m
		ORDER BY code, month`);
}
export const outcomePlacesQuery = defineView('outcomes.places', [FILTERS], outcomePlacesSql);
export const outcomeMonthsQuery = defineView('outcomes.months', [FILTERS], outcomeMonthsSql);
