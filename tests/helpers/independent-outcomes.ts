/**
 * The outcome estimate computed in Node for browser tests to compare with: the built data loaded
 * into DuckDB (the browser's engine, under Node), the input panel's two queries, and the
 * estimator on their rows — the page must show exactly this. Beside it, a computation that shares
 * nothing with the estimator: each joining group's realised effect in its first 12 months, from
 * the data's channel split (joining adds bonded 1210 imports on top of direct purchases, so
 * log total − log direct is what joining added), weighted by places.
 */
import {
	estimateDid,
	panelFromQueries,
	type DidOptions,
	type DidResult
} from '../../src/lib/analysis/did';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '../../src/lib/queries/outcomes';
import { openTestDb, type TestDb } from './duckdb';
import { builtDataFile } from './reference';

const TABLES = ['imports', 'violations', 'cities', 'phases'];

async function withDb<T>(run: (db: TestDb) => T): Promise<T> {
	const db = await openTestDb();
	try {
		for (const t of TABLES) db.loadArrow(t, builtDataFile(`${t}.arrow`));
		return run(db);
	} finally {
		db.close();
	}
}

/** The estimate for these filters and options, as the page computes it. */
export function nodeEstimate(
	filters: Partial<Filters> = {},
	options: Partial<DidOptions> = {}
): Promise<DidResult> {
	return withDb((db) => {
		const f = { ...DEFAULT_FILTERS, ...filters };
		const pq = outcomePlacesQuery(f);
		const mq = outcomeMonthsQuery(f);
		const places = db.rows<OutcomePlaceRow>(pq.sql, pq.params);
		const rows = db.rows<OutcomeMonthRow>(mq.sql, mq.params);
		return estimateDid(panelFromQueries(places, rows)!, {
			outcome: f.metric,
			scale: 'log',
			comparison: 'not-yet',
			...options
		});
	});
}

/** Per cohort: the places' realised log effect over their first 12 months (places with 12 base months). */
export function realisedEffects(): Promise<Map<string, number>> {
	return withDb((db) => {
		const rows = db.rows<{ cohort: string; effect: number }>(`
			WITH cm AS (
				SELECT i.city_code, i."month", c.joined_month, p.cohort,
					sum(i.value_cny) AS total,
					sum(i.value_cny) FILTER (WHERE i.channel = '9610') AS direct
				FROM imports i JOIN cities c ON c.code = i.city_code JOIN phases p ON p.id = c.phase
				WHERE c.joined_month IS NOT NULL
				GROUP BY ALL
			),
			based AS (
				SELECT city_code FROM cm
				WHERE date_diff('month', joined_month, "month") BETWEEN -12 AND -1
				GROUP BY 1 HAVING count(*) = 12
			)
			SELECT cohort, avg(ln(total) - ln(direct))::DOUBLE AS effect
			FROM cm JOIN based USING (city_code)
			WHERE date_diff('month', joined_month, "month") BETWEEN 0 AND 11
			GROUP BY 1 ORDER BY 1`);
		return new Map(rows.map((r) => [r.cohort, r.effect]));
	});
}

/** Per cohort, the month its last places joined (every place of it is in the pilot from then). */
export function cohortJoinMonths(): Promise<Map<string, string>> {
	return withDb((db) => {
		const rows = db.rows<{ cohort: string; m: string }>(`
			SELECT p.cohort, strftime(max(c.joined_month), '%Y-%m') AS m
			FROM cities c JOIN phases p ON p.id = c.phase
			WHERE c.joined_month IS NOT NULL GROUP BY 1`);
		return new Map(rows.map((r) => [r.cohort, r.m]));
	});
}
