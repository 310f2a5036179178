/**
 * The DuckDB-only SQL the builders write, as patterns: which constructs a view's SQL uses, so the
 * plan for other engines (docs/beyond-one-machine.md) can say exactly what each builder would need
 * translated. Standard SQL (CASE, COALESCE, NULLIF, window functions, CTEs) is not listed.
 */

export interface DialectConstruct {
	readonly id: string;
	/** How it reads in the builders. */
	readonly duckdb: string;
	readonly pattern: RegExp;
}

export const DUCKDB_CONSTRUCTS: readonly DialectConstruct[] = [
	{ id: 'group-by-all', duckdb: 'GROUP BY ALL', pattern: /GROUP BY ALL/ },
	{ id: 'cast-operator', duckdb: 'x::DOUBLE, ?::DATE', pattern: /::(DOUBLE|INTEGER|DATE)\b/ },
	{ id: 'strftime', duckdb: "strftime(d, '%Y-%m')", pattern: /\bstrftime\(/ },
	{ id: 'any-value', duckdb: 'any_value(x)', pattern: /\bany_value\(/ },
	{ id: 'filter-clause', duckdb: 'sum(x) FILTER (WHERE …)', pattern: /\) FILTER \(/ },
	{ id: 'interval-literal', duckdb: 'd + INTERVAL 12 MONTH', pattern: /INTERVAL \d+ MONTH/ },
	{ id: 'date-diff', duckdb: "date_diff('month', a, b)", pattern: /\bdate_diff\('month'/ },
	{ id: 'date-trunc', duckdb: "date_trunc('month', d)", pattern: /\bdate_trunc\('month'/ },
	{ id: 'to-months', duckdb: 'd + to_months(k)', pattern: /\bto_months\(/ },
	{
		id: 'generate-series',
		duckdb: 'unnest(generate_series(a, b[, step]))',
		pattern: /\bgenerate_series\(/
	},
	{
		id: 'string-agg-order',
		duckdb: "string_agg(x, ';' ORDER BY y)",
		pattern: /\bstring_agg\([^)]*ORDER BY/
	},
	{ id: 'year-month', duckdb: 'year(d), month(d)', pattern: /\b(year|month)\([a-z"]/ },
	{ id: 'rollup', duckdb: 'GROUP BY ROLLUP (x) … grouping(x)', pattern: /GROUP BY ROLLUP/ },
	{
		id: 'order-by-boolean',
		duckdb: "ORDER BY g = 'national'",
		pattern: /ORDER BY [^;]*?\b[a-z.]+ = \?/
	}
];

/** The ids of the constructs `sql` uses, in the list's order. */
export function constructsIn(sql: string): string[] {
	return DUCKDB_CONSTRUCTS.filter((c) => c.pattern.test(sql)).map((c) => c.id);
}
