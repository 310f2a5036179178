/**
 * The benchmark's baseline page: the app's own engine start-up and data load (src/lib/db), nothing
 * else. It then serves the benchmark: timed queries and exports, through `window.bench`.
 */
import { startEngine } from '../../../src/lib/db/client';
import { fetchManifest, loadTables } from '../../../src/lib/db/load';
import { tableToIPC } from 'apache-arrow';
import { writeExport } from '../../../src/lib/export/formats';
import type { Provenance } from '../../../src/lib/export/provenance';

const status = document.getElementById('status')!;

async function main() {
	const dataUrl = new URL('../data', location.href).pathname;
	const [engine, manifest] = await Promise.all([startEngine(), fetchManifest(dataUrl)]);
	void engine.life.died.then((m) => (status.textContent = `worker error: ${m}`));
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

	const prepared = new Map<string, Awaited<ReturnType<typeof conn.prepare>>>();
	/**
	 * Runs `specs` one after another on statements kept per SQL text (as the app's connector does);
	 * ms for the whole batch: what the engine alone needs for one click's queries.
	 */
	async function batch(specs: { sql: string; params: unknown[] }[]): Promise<number> {
		const t = performance.now();
		for (const { sql, params } of specs) {
			let statement = prepared.get(sql);
			if (!statement) prepared.set(sql, (statement = await conn.prepare(sql)));
			await statement.query(...params);
		}
		return performance.now() - t;
	}

	async function rows(sql: string): Promise<unknown[]> {
		const table = await conn.query(sql);
		return table.toArray().map((r) => r.toJSON());
	}

	/** Times a 1M-row filtered export with the workbench's writer (src/lib/export/formats.ts). */
	async function exportRows(sql: string): Promise<Record<string, number>> {
		let t = performance.now();
		const table = await conn.query(sql);
		const ipc = tableToIPC(table, 'stream');
		const query = performance.now() - t;
		const provenance: Provenance = {
			product: 'Pilot Atlas',
			contents: 'benchmark export',
			filters: {},
			sql,
			params: [],
			data: { sampleVersion: manifest.version, uploads: [], sampleInUse: true },
			rows: table.numRows,
			exportedAt: '2026-01-01T00:00:00Z',
			language: 'en',
			notice: null
		};
		t = performance.now();
		const csv = await writeExport('csv', ipc, 'bench', provenance);
		const csvMs = performance.now() - t;
		t = performance.now();
		const parquet = await writeExport('parquet', ipc, 'bench', provenance);
		const parquetMs = performance.now() - t;
		return {
			rows: table.numRows,
			queryMs: query,
			csvMs,
			csvBytes: csv[0]!.bytes.byteLength,
			parquetMs,
			parquetBytes: parquet[0]!.bytes.byteLength
		};
	}

	Object.assign(window, { bench: { time, batch, rows, exportRows, manifest } });
	status.textContent = 'ready';
}

main().catch((e: unknown) => {
	status.textContent = `error: ${e instanceof Error ? e.message : String(e)}`;
});
