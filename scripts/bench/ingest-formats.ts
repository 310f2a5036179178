/**
 * Measures the ingest and export paths outside the browser (Node, same code as the workers):
 * reading generated XLSX workbooks of 100,000 and 1,048,575 rows × 20 columns (time and memory),
 * and writing 1,000,000 exported rows (the workbench's readable export of `imports`, repeated)
 * as CSV, JSON, Parquet and Arrow. Not part of CI (about two minutes):
 *
 *   npx tsx scripts/bench/ingest-formats.ts [--rows 1000000] [--xlsx 100000,1048575]
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeXlsx } from '../../tests/fixtures/make-xlsx';
import { readGrid } from '../../src/lib/ingest/readers';
import { writeExport, type ExportFormat } from '../../src/lib/export/formats';
import { initParquetWasm } from '../../src/lib/export/parquet-writer';
import { provenance } from '../../src/lib/export/provenance';

const require = createRequire(import.meta.url);
const { values } = parseArgs({
	options: {
		rows: { type: 'string', default: '1000000' },
		xlsx: { type: 'string', default: '100000,1048575' }
	}
});

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

async function xlsxReads(sizes: number[]) {
	for (const n of sizes) {
		const header = Array.from({ length: 20 }, (_, k) =>
			k < 6
				? ['month', 'city_code', 'category', 'channel', 'orders', 'value_cny'][k]!
				: `extra_${k}`
		);
		const bytes = makeXlsx([
			{
				name: 'data',
				rows: {
					count: n + 1,
					row: (i) =>
						i === 0
							? header
							: [
									new Date(Date.UTC(2016 + (i % 10), i % 12, 1)),
									'330100',
									'beauty',
									i % 2 ? '1210' : '9610',
									i % 1000,
									(i % 1000) * 213.5,
									...Array.from({ length: 14 }, (_, k) => k * i)
								]
				}
			}
		]);
		global.gc?.();
		const before = process.memoryUsage();
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
		const t = performance.now();
		const read = await readGrid('bench.xlsx', bytes);
		const took = ms(t);
		clearInterval(timer);
		peak = Math.max(peak, process.memoryUsage().rss);
		console.log(
			`XLSX ${n.toLocaleString('en')} rows × 20 cols (${mb(bytes.byteLength)} file): read ${took}, ${read.grid.length - 1} rows, heap ${mb(process.memoryUsage().heapUsed - before.heapUsed)}, peak RSS +${mb(peak - before.rss)}`
		);
	}
}

async function exports(rows: number) {
	const duckdb =
		require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
	const arrow = require('apache-arrow') as typeof import('apache-arrow');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: resolve(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: resolve(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();
	// The readable export's shape: codes, names (en, zh), phase and cohort, measures.
	const t0 = performance.now();
	const table = conn.query(`
		SELECT (DATE '2016-01-01' + INTERVAL (i % 120) MONTH)::DATE AS month, (110000 + (i % 300) * 100)::VARCHAR AS city_code,
			'City ' || (i % 300) AS city_en, '城市' || (i % 300) AS city_zh, (i % 31 * 10000)::VARCHAR AS province_code,
			'Province ' || (i % 31) AS province_en, '省' || (i % 31) AS province_zh, 'p2018' AS phase,
			'37-city pilot' AS phase_en, '37城试点' AS phase_zh, 'c37' AS cohort,
			['beauty','food','infant','wine'][i % 4 + 1] AS category, 'Beauty' AS category_en, '美妆' AS category_zh,
			CASE WHEN i % 2 = 0 THEN '1210' ELSE '9610' END AS channel,
			(i % 100000)::INTEGER AS orders, ((i % 100000) * 213.37)::DOUBLE AS value_cny
		FROM range(${rows}) t(i)`);
	const ipc = arrow.tableToIPC(table, 'stream');
	console.log(
		`query + IPC of ${rows.toLocaleString('en')} rows × ${table.numCols} cols: ${ms(t0)}, ${mb(ipc.byteLength)}`
	);
	await initParquetWasm(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
	const p = provenance({
		contents: 'bench',
		filters: {},
		sql: 'bench',
		params: [],
		data: { sampleVersion: 'bench', uploads: [], sampleInUse: true },
		rows,
		exportedAt: new Date(Date.UTC(2026, 0, 1))
	});
	for (const format of ['csv', 'parquet', 'json', 'arrow'] as ExportFormat[]) {
		const t = performance.now();
		const files = await writeExport(format, ipc, 'bench', p);
		console.log(`${format}: ${ms(t)}, ${mb(files[0]!.bytes.byteLength)}`);
	}
	conn.close();
}

await xlsxReads(values.xlsx!.split(',').filter(Boolean).map(Number));
await exports(Number(values.rows));
