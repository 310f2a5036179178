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
