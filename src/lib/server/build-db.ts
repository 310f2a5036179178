/**
 * Build-time DuckDB for prerendering: the browser's own engine (duckdb-wasm's blocking Node build)
 * over the generated files in static/data/, loaded the way the browser loads them, so a seed
 * equals what the live engine will answer. Server-only (it reads files); started once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { QuerySpec } from '$lib/db/connector';
import { aggregateBatchesSql, batchTableName } from '$lib/db/batches';
import { quoteIdent } from '$lib/db/identifiers';
import { factTablesSql } from '$lib/db/derived';
import { tableToRows } from '$lib/db/rows';
import type { DataManifest } from '$lib/schema';

const DATA_DIR = resolve('static/data');

/** Answers a query synchronously over the bundled data. */
export type BuildDb = <T>(spec: QuerySpec) => T[];

let started: Promise<BuildDb> | null = null;

/** Starts the engine and loads every table of static/data (once per build). */
export function startBuildDb(): Promise<BuildDb> {
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
		const conn = db.connect();
		loadAll(conn);
		return <T>(spec: QuerySpec): T[] => {
			const statement = conn.prepare(spec.sql);
			try {
				return tableToRows<T>(statement.query(...spec.params));
			} finally {
				statement.close();
			}
		};
	})();
	return started;
}

function loadAll(conn: DuckDBConnection): void {
	const manifest = JSON.parse(
		readFileSync(resolve(DATA_DIR, 'manifest.json'), 'utf8')
	) as DataManifest;
	for (const entry of manifest.tables) {
		const bytes = new Uint8Array(readFileSync(resolve(DATA_DIR, entry.file)));
		if (entry.grain === 'batch') {
			conn.insertArrowFromIPCStream(bytes, { name: batchTableName(entry.name), create: true });
			conn.query(aggregateBatchesSql(entry.name));
			conn.query(`DROP TABLE ${quoteIdent(batchTableName(entry.name))}`);
		} else conn.insertArrowFromIPCStream(bytes, { name: entry.name, create: true });
	}
	for (const statement of factTablesSql()) conn.query(statement);
}
