/**
 * Queries behind the goods-categories page: the category mix per cohort against the national
 * mix, its change by year, and the channel split per category. Shares are recomputed from sums
 * over the filtered rows. `where` is a condition on imports `i` joined to cities `c` and phases
 * `p`; `national` is the same condition without the place filters (the reference bar).
 */
import { column, sql, toQuery, type Fragment } from './sql';
import type { QuerySpec } from '../db/connector';
import type { Filters } from '../model/filters';
import { factWhere } from './filters';
import { defineView, FILTERS, type ArgCodec } from './views';

export type CategoryMetric = 'value' | 'orders';

/** The summed column for a metric: declared value (yuan) or retail orders. */
export function categoryMetricColumn(metric: CategoryMetric): Fragment {
	return column('imports', metric === 'orders' ? 'orders' : 'value_cny', 'i');
}

export interface CategoryScope {
	where: Fragment;
	national: Fragment;
	metric: CategoryMetric;
	/** The filters the scope was made from: what a view request sends. */
	filters: Filters;
}

/** A scope travels as its filters and is rebuilt from them. */
const SCOPE: ArgCodec<CategoryScope> = {
	name: 'filters',
	encode: (scope) => FILTERS.encode(scope.filters),
	decode: (raw, ctx) => categoryScope(FILTERS.decode(raw, ctx))
};

/** Group id of the national reference in every result. */
export const NATIONAL = 'national';

// The derived fact table (db/derived.ts): each row carries its city's phase and cohort.
const FROM = sql`"imports_fact" i`;

export interface CompositionRow {
	grp: string;
	category: string;
	amount: number;
	share: number;
}

/**
 * One row per cohort (and `national`) and category: Σ metric and its share of the group's total.
 * Groups come cohort by cohort, then national; categories in reference order.
 */
function compositionSql({ where, national, metric }: CategoryScope): QuerySpec {
	const m = categoryMetricColumn(metric);
	return toQuery(sql`
		WITH groups AS (
			SELECT i.cohort::VARCHAR AS grp, i.category::VARCHAR AS category, sum(${m}) AS amount
			FROM ${FROM} WHERE ${where} GROUP BY ALL
			UNION ALL
			SELECT ${NATIONAL} AS grp, i.category::VARCHAR AS category, sum(${m}) AS amount
			FROM ${FROM} WHERE ${national} GROUP BY ALL
		)
		SELECT g.grp, g.category, g.amount::DOUBLE AS amount,
			(g.amount / nullif(sum(g.amount) OVER (PARTITION BY g.grp), 0))::DOUBLE AS share
		FROM groups g LEFT JOIN "categories" k ON k.id = g.category
		ORDER BY g.grp = ${NATIONAL}, g.grp, k.ord, g.category`);
}
export const compositionQuery = defineView('categories.composition', [SCOPE], compositionSql);

export interface ShareTrendRow {
	year: number;
	grp: string;
	category: string;
	share: number;
}

/** Share of each category in each cohort's (and the national) Σ metric, by calendar year. */
function shareTrendSql({ where, national, metric }: CategoryScope): QuerySpec {
	const m = categoryMetricColumn(metric);
	return toQuery(sql`
		WITH groups AS (
			SELECT year(i."month") AS y, i.cohort::VARCHAR AS grp, i.category::VARCHAR AS category,
				sum(${m}) AS amount
			FROM ${FROM} WHERE ${where} GROUP BY ALL
			UNION ALL
			SELECT year(i."month") AS y, ${NATIONAL} AS grp, i.category::VARCHAR AS category,
				sum(${m}) AS amount
			FROM ${FROM} WHERE ${national} GROUP BY ALL
		)
		SELECT y::INTEGER AS year, grp, category,
			(amount / nullif(sum(amount) OVER (PARTITION BY y, grp), 0))::DOUBLE AS share
		FROM groups
		ORDER BY year, grp = ${NATIONAL}, grp, category`);
}
export const shareTrendQuery = defineView('categories.shareTrend', [SCOPE], shareTrendSql);

export interface ChannelSplitRow {
	category: string;
	bonded: number;
	direct: number;
	bonded_share: number | null;
}

/** Per category, Σ metric through 1210 (bonded) and 9610 (direct purchase) in the filtered rows. */
function channelSplitSql({ where, metric }: CategoryScope): QuerySpec {
	const m = categoryMetricColumn(metric);
	return toQuery(sql`
		SELECT i.category::VARCHAR AS category,
			coalesce(sum(${m}) FILTER (WHERE i.channel = '1210'), 0)::DOUBLE AS bonded,
			coalesce(sum(${m}) FILTER (WHERE i.channel = '9610'), 0)::DOUBLE AS direct,
			(coalesce(sum(${m}) FILTER (WHERE i.channel = '1210'), 0) / nullif(sum(${m}), 0))::DOUBLE
				AS bonded_share
		FROM ${FROM} LEFT JOIN "categories" k ON k.id = i.category
		WHERE ${where}
		GROUP BY i.category, k.ord
		ORDER BY k.ord, i.category`);
}
export const channelSplitQuery = defineView('categories.channelSplit', [SCOPE], channelSplitSql);

const PLACE_FILTERS = ['phases', 'provinces', 'cities'] as const;

/**
 * The page's scope from the global filters: every filter narrows the cohort bars; the national
 * reference keeps the time, category and channel filters but not the place filters (it is the
 * whole sample). Average order value has no shares, so it falls back to value.
 */
export function categoryScope(filters: Filters): CategoryScope {
	// As the former join to phases did: rows of a city with no phase row count nowhere.
	return {
		where: sql`i.cohort IS NOT NULL AND ${factWhere(filters, 'i')}`,
		national: sql`i.cohort IS NOT NULL AND ${factWhere(filters, 'i', PLACE_FILTERS)}`,
		metric: filters.metric === 'orders' ? 'orders' : 'value',
		filters
	};
}
