/**
 * The dashboard's query set (the real builders of src/lib/queries) timed in native DuckDB
 * (@duckdb/node-api) and in the browser's duckdb-wasm (the baseline page), on the same data.
 */
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { csvFormatRows } from 'd3';
import type { Page } from '@playwright/test';
import type { QuerySpec } from '../../src/lib/db/connector';
import { createTableSql } from '../../src/lib/queries/ddl';
import {
	latestFullYearQuery,
	phaseCardsQuery,
	pilotCountsQuery
} from '../../src/lib/queries/overview';
import {
	cohortInfoQuery,
	cohortSeriesQuery,
	nationalSeriesQuery,
	periodSummaryQuery
} from '../../src/lib/queries/timeline';
import { eventTimeQuery, joinGrowthQuery } from '../../src/lib/queries/event-study';
import { cityMixQuery, cityMonthlyQuery, cityViolationsQuery } from '../../src/lib/queries/city';
import {
	categoryScope,
	channelSplitQuery,
	compositionQuery
} from '../../src/lib/queries/categories';
import { complianceScope, complianceTotalsQuery } from '../../src/lib/queries/compliance';
import { mapCityMonthsQuery } from '../../src/lib/queries/map';
import { factTablesSql } from '../../src/lib/db/derived';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import { TABLES, type DataManifest } from '../../src/lib/schema';

const FILTERED: Filters = {
	...DEFAULT_FILTERS,
	phases: ['p2020', 'p2021'],
	categories: ['beauty', 'food'],
	channels: ['1210'],
	from: '2021-01',
	to: '2023-12'
};

/** The queries the overview, timeline and city pages run, unfiltered and filtered. */
export function querySet(): { name: string; spec: QuerySpec }[] {
	return [
		{ name: 'overview: latest full year', spec: latestFullYearQuery() },
		{ name: 'overview: phase cards', spec: phaseCardsQuery(2025) },
		{ name: 'overview: pilot count', spec: pilotCountsQuery('2016-01', '2025-12') },
		{ name: 'timeline: cohort series', spec: cohortSeriesQuery(DEFAULT_FILTERS) },
		{ name: 'timeline: cohort series (filtered)', spec: cohortSeriesQuery(FILTERED) },
		{ name: 'timeline: national series', spec: nationalSeriesQuery(FILTERED) },
		{ name: 'timeline: cohort info', spec: cohortInfoQuery(FILTERED) },
		{ name: 'timeline: period summary', spec: periodSummaryQuery(FILTERED) },
		{ name: 'timeline: event time', spec: eventTimeQuery(DEFAULT_FILTERS) },
		{ name: 'timeline: join growth', spec: joinGrowthQuery(FILTERED) },
		{ name: 'city: monthly', spec: cityMonthlyQuery('330100', DEFAULT_FILTERS) },
		{ name: 'city: goods mix', spec: cityMixQuery('330100', FILTERED) },
		{ name: 'city: violations', spec: cityViolationsQuery('330100', DEFAULT_FILTERS) },
		{ name: 'categories: composition (filtered)', spec: compositionQuery(categoryScope(FILTERED)) },
		{ name: 'categories: channel split', spec: channelSplitQuery(categoryScope(DEFAULT_FILTERS)) },
		{ name: 'map: city × month (filtered)', spec: mapCityMonthsQuery(FILTERED) },
		{ name: 'compliance: totals', spec: complianceTotalsQuery(complianceScope(DEFAULT_FILTERS)) }
	];
}

/** Native DuckDB with every table of `dataDir` (Arrow files → CSV → COPY, typed by the contract). */
export async function openNative(dataDir: string): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as DataManifest;
	const tmp = mkdtempSync(join(tmpdir(), 'pa-bench-'));
	try {
		for (const entry of manifest.tables) {
			const spec = TABLES.find((t) => t.name === entry.name)!;
			const table = tableFromIPC(readFileSync(join(dataDir, entry.file)));
			const rows: string[][] = [spec.columns.map((c) => c.name)];
			for (const r of table) {
				const json = r.toJSON() as Record<string, unknown>;
				rows.push(
					spec.columns.map((c) => {
						const v = json[c.name];
						if (v === null || v === undefined) return '';
						if (c.type === 'DATE')
							return (v instanceof Date ? v : new Date(v as number)).toISOString().slice(0, 10);
						return String(v);
					})
				);
			}
			const file = join(tmp, `${entry.name}.csv`);
			writeFileSync(file, csvFormatRows(rows));
			await conn.run(createTableSql(spec));
			await conn.run(
				`COPY "${entry.name}" FROM '${file}' (HEADER, NULLSTR '', DELIMITER ',', QUOTE '"')`
			);
		}
		for (const statement of factTablesSql()) await conn.run(statement); // as the app's loader does
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	return conn;
}

/** ms of each of `reps` runs of `spec` in native DuckDB (prepared once, result read in full). */
export async function timeNative(conn: DuckDBConnection, spec: QuerySpec, reps: number) {
	const prepared = await conn.prepare(spec.sql);
	prepared.bind(spec.params as never);
	const out: number[] = [];
	for (let i = 0; i < reps; i++) {
		const t = performance.now();
		await prepared.runAndReadAll();
		out.push(performance.now() - t);
	}
	return out;
}

/** ms of each of `reps` runs of `spec` in the baseline page's duckdb-wasm. */
export async function timeBrowser(page: Page, spec: QuerySpec, reps: number): Promise<number[]> {
	return (await page.evaluate(
		([sql, params, n]) =>
			(
				window as unknown as {
					bench: { time(s: string, p: unknown[], n: number): Promise<number[]> };
				}
			).bench.time(sql, params, n),
		[spec.sql, spec.params as unknown[], reps] as const
	)) as number[];
}
