/**
 * DuckDB for tests: the same wasm engine as the browser (duckdb-wasm's blocking Node build), so a
 * query that passes here behaves the same in Chromium. One instance per test file (~1.5 s start).
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';

const require = createRequire(import.meta.url);

export interface TestDb {
	readonly db: DuckDBBindings;
	readonly conn: DuckDBConnection;
	/** Runs a prepared statement and returns plain rows (bigints as numbers). */
	rows<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): T[];
	/** Loads Arrow IPC stream bytes as a table. */
	loadArrow(name: string, bytes: Uint8Array): void;
	close(): void;
}

/** Starts a fresh in-memory database. */
export async function openTestDb(): Promise<TestDb> {
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
	return {
		db,
		conn,
		rows<T>(sql: string, params: readonly unknown[] = []): T[] {
			const stmt = conn.prepare(sql);
			try {
				const table = stmt.query(...params);
				return table
					.toArray()
					.map((r: { toJSON(): Record<string, unknown> }) => plain(r.toJSON()) as T);
			} finally {
				stmt.close();
			}
		},
		loadArrow(name: string, bytes: Uint8Array) {
			conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		close() {
			conn.close();
			db.reset();
		}
	};
}

function plain(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
	return out;
}
