/**
 * Queries behind the map: the reference places with their coordinates, and ONE aggregate of
 * city × month under the filters, from which the animation interpolates and the province tiles
 * sum (no query per frame). Only months from a city's joining month count: the map shows the
 * pilot's members, not the direct-purchase imports a city had before it joined.
 */
import { sql, toQuery } from './sql';
import { factWhere, rowsWhere } from './filters';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { FILTERS, defineView } from './views';

export interface MapCityRow {
	code: string;
	name_en: string;
	name_zh: string;
	province_code: string;
	lat: number;
	lon: number;
	phase: string;
	joined: string;
	basis: 'named' | 'inferred' | 'modelled';
}

/**
 * Every place of the pilot with its map position, phase and joining month ('YYYY-MM'). Places
 * that never joined (the sample's modelled comparison places) are not members and not drawn.
 */
function mapCitiesSql(): QuerySpec {
	return toQuery(sql`
		SELECT code, name_en, name_zh, province_code, lat::DOUBLE AS lat, lon::DOUBLE AS lon, phase,
			strftime(joined_month, '%Y-%m') AS joined, basis
		FROM "cities" WHERE joined_month IS NOT NULL ORDER BY code`);
}
export const mapCitiesQuery = defineView('map.cities', [], mapCitiesSql);

/**
 * Per pilot city and month (from its joining month): the filtered import value and orders, the
 * violation cases, and `rate_orders`, the orders a rate divides by. Violations are not recorded
 * by goods category or channel, so those two filters do not narrow the cases, and `rate_orders`
 * ignores them too: the rate stays Σ cases / Σ orders over the same rows.
 */
function mapCityMonthsSql(filters: Filters): QuerySpec {
	const imports = factWhere(filters, 'i');
	const base = factWhere(filters, 'i', ['categories', 'channels']);
	const violations = rowsWhere(filters, { rows: 'v', cities: 'c', table: 'violations' });
	return toQuery(sql`
		WITH imp AS (
			SELECT i.city_code::VARCHAR AS city_code, i."month", sum(i.value_cny) AS value,
				sum(i.orders) AS orders
			FROM "imports_fact" i
			WHERE i."month" >= i.joined_month AND ${imports}
			GROUP BY i.city_code, i."month"
		),
		base AS (
			SELECT i.city_code::VARCHAR AS city_code, i."month", sum(i.orders) AS orders
			FROM "imports_fact" i
			WHERE i."month" >= i.joined_month AND ${base}
			GROUP BY i.city_code, i."month"
		),
		vio AS (
			SELECT v.city_code, v."month", sum(v.cases) AS cases
			FROM "violations" v JOIN "cities" c ON c.code = v.city_code
			WHERE v."month" >= c.joined_month AND ${violations}
			GROUP BY v.city_code, v."month"
		)
		SELECT imp.city_code AS code, strftime(imp."month", '%Y-%m') AS month,
			imp.value::DOUBLE AS value, imp.orders::DOUBLE AS orders,
			base.orders::DOUBLE AS rate_orders, coalesce(vio.cases, 0)::DOUBLE AS cases
		FROM imp
		JOIN base ON base.city_code = imp.city_code AND base."month" = imp."month"
		LEFT JOIN vio ON vio.city_code = imp.city_code AND vio."month" = imp."month"
		WHERE imp.value > 0
		ORDER BY code, month`);
}
export const mapCityMonthsQuery = defineView('map.cityMonths', [FILTERS], mapCityMonthsSql);
