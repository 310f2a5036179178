/**
 * Build-time DuckDB for prerendering: the browser's own engine (duckdb-wasm's blocking Node build)
 * over the generated files in static/data/, so a seed equals what the live engine will answer.
 * Server-only (it reads files); started once per build and shared by every page that asks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { queryKey, type QuerySpec } from '$lib/db/connector';
import { aggregateBatchesSql, batchTableName } from '$lib/db/batches';
import { quoteIdent } from '$lib/db/identifiers';
import { tableToRows } from '$lib/db/rows';
import type { QuerySeed } from '$lib/perf/seed';
import type { DataManifest, TableName } from '$lib/schema';

const DATA_DIR = resolve('static/data');

let started: Promise<DuckDBConnection> | null = null;
const loaded = new Set<string>();

async function connection(): Promise<DuckDBConnection> {
	started ??= (async () => {
		// duckdb-wasm's Node build requires the CJS apache-arrow: load both through require.
		const require = createRequire(import.meta.url);
		const duckdb =
			require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
		const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
		const bundles = {
			mvp: { mainModule: resolve(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: resolve(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		};
		const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
		await db.instantiate();
		return db.connect();
	})();
	return started;
}

function load(conn: DuckDBConnection, names: readonly TableName[]): void {
	const manifest = JSON.parse(
		readFileSync(resolve(DATA_DIR, 'manifest.json'), 'utf8')
	) as DataManifest;
	for (const name of names) {
		if (loaded.has(name)) continue;
		const entry = manifest.tables.find((t) => t.name === name);
		if (!entry) throw new Error(`No table ${name} in the manifest.`);
		const bytes = new Uint8Array(readFileSync(resolve(DATA_DIR, entry.file)));
		if (entry.grain === 'batch') {
			conn.insertArrowFromIPCStream(bytes, { name: batchTableName(name), create: true });
			conn.query(aggregateBatchesSql(name));
			conn.query(`DROP TABLE ${quoteIdent(batchTableName(name))}`);
		} else conn.insertArrowFromIPCStream(bytes, { name, create: true });
		loaded.add(name);
	}
}

/** Answers `spec` at build time over `tables`, as a seed for the page's `QueryResult`. */
export async function buildTimeSeed<T>(
	spec: QuerySpec,
	tables: readonly TableName[]
): Promise<QuerySeed<T>> {
	const conn = await connection();
	load(conn, tables);
	const statement = conn.prepare(spec.sql);
	try {
		return { key: queryKey(spec), rows: tableToRows<T>(statement.query(...spec.params)) };
	} finally {
		statement.close();
	}
}
