/**
 * The benchmark's baseline page: the app's own engine start-up and data load (src/lib/db), nothing
 * else. It then serves the benchmark: timed queries and exports, through `window.bench`.
 */
import { startEngine } from '../../../src/lib/db/client';
import { fetchManifest, loadTables } from '../../../src/lib/db/load';
import { exportCsv, exportParquet } from './exports';

const status = document.getElementById('status')!;

async function main() {
	const dataUrl = new URL('../data', location.href).pathname;
	const [engine, manifest] = await Promise.all([
		startEngine((m) => (status.textContent = `worker error: ${m}`)),
		fetchManifest(dataUrl)
	]);
	performance.mark('pa:engine-ready');
	await loadTables(engine.conn, manifest, dataUrl);
	performance.mark('pa:data-ready');
	const conn = engine.conn;

	/** Runs a prepared statement `reps` times; ms of each run (Arrow result, no row conversion). */
	async function time(sql: string, params: unknown[], reps: number): Promise<number[]> {
		const out: number[] = [];
		const statement = await conn.prepare(sql);
		try {
			for (let i = 0; i < reps; i++) {
				const t = performance.now();
				const table = await statement.query(...params);
				out.push(performance.now() - t);
				if (table.numRows < 0) throw new Error('unreachable');
			}
		} finally {
			await statement.close();
		}
		return out;
	}

	async function rows(sql: string): Promise<unknown[]> {
		const table = await conn.query(sql);
		return table.toArray().map((r) => r.toJSON());
	}

	/** Times a 1M-row filtered export: the Arrow result, then CSV and Parquet from it. */
	async function exportRows(sql: string): Promise<Record<string, number>> {
		let t = performance.now();
		const table = await conn.query(sql);
		const query = performance.now() - t;
		t = performance.now();
		const csv = exportCsv(table);
		const csvMs = performance.now() - t;
		t = performance.now();
		const parquet = exportParquet(table);
		const parquetMs = performance.now() - t;
		return {
			rows: table.numRows,
			queryMs: query,
			csvMs,
			csvBytes: csv.size,
			parquetMs,
			parquetBytes: parquet.byteLength
		};
	}

	Object.assign(window, { bench: { time, rows, exportRows, manifest } });
	status.textContent = 'ready';
}

main().catch((e: unknown) => {
	status.textContent = `error: ${e instanceof Error ? e.message : String(e)}`;
});
