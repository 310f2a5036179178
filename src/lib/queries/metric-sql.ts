/**
 * A registry metric as SQL: a sum, or a ratio of sums (NULL when the denominator is zero). The
 * columns behind each sum name come from the fact tables of the data contract.
 */
import type { MetricDef, SumName } from '../model/metrics';
import { alias, sql, type Fragment } from './sql';

/** The contract column each sum adds up, on `imports` (value, orders) or `violations` (cases). */
const SUM_COLUMNS: Record<SumName, Fragment> = {
	value: sql`value_cny`,
	orders: sql`orders`,
	cases: sql`cases`,
	flagged: sql`value_cny`
};

/** `sum(r.col)` for one sum name over a table alias. */
export function sumSql(name: SumName, rows: string): Fragment {
	return sql`sum(${alias(rows)}.${SUM_COLUMNS[name]})`;
}

/** The metric over one table alias, as DOUBLE: sum(num) or sum(num) / nullif(sum(den), 0) × k. */
export function metricAggregate(metric: MetricDef, rows: string): Fragment {
	const top = sumSql(metric.sum, rows);
	if (metric.per === undefined) return sql`${top}::DOUBLE`;
	const bottom = sumSql(metric.per, rows);
	const ratio = sql`${top} / nullif(${bottom}, 0)`;
	// the scale is a constant of the registry, never input; binding it keeps the text value-free
	return metric.scale ? sql`(${ratio} * ${metric.scale})::DOUBLE` : sql`(${ratio})::DOUBLE`;
}
