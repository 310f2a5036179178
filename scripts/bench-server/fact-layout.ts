/**
 * `tsx scripts/bench-server/fact-layout.ts [--data server-data/110m] [--runs 15]`: how the server
 * should hold `imports_fact`, the table most views read. Two engines over the same folder, both
 * summing the declaration batches at start-up: one materialises `imports_fact` as a table sorted
 * by month (what the browser does), the other defines it as a view that casts codes to ENUMs and
 * joins the places as it reads. Runs alternate between the two, so both meet the same load.
 * Writes bench-results/server-fact-layout.json, which the server benchmark's report includes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { FactLayout } from '../../src/lib/db/derived';
import { openDataFolder } from '../../server/data-folder';
import { buildTables } from '../../server/database';
import { pairedRatios, summarise, type Summary } from '../bench/stats';
import { benchViews } from './views';

export interface FactLayoutResult {
	readonly date: string;
	readonly data: string;
	readonly version: string;
	readonly load: { readonly before: number; readonly after: number };
	readonly runs: number;
	/** Start-up (check, sum, build imports_fact) per layout, seconds. */
	readonly startupS: Record<FactLayout, number>;
	/** DuckDB's own memory after start-up, MiB. */
	readonly memoryMiB: Record<FactLayout, number>;
	readonly views: {
		readonly name: string;
		readonly table: Summary;
		readonly view: Summary;
		/** view ÷ table, paired run by run. */
		readonly ratio: Summary;
	}[];
}

async function engine(dir: string, layout: FactLayout) {
	const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB' });
	const conn = await instance.connect();
	const t0 = performance.now();
	const folder = await openDataFolder(dir, conn);
	await buildTables(conn, folder, {
		threads: 2,
		memoryLimit: '2GB',
		connections: 1,
		preaggregate: true,
		inMemoryRows: 20_000_000,
		factLayout: layout
	});
	const startupS = (performance.now() - t0) / 1000;
	const memory = await conn.runAndReadAll(
		`SELECT sum(memory_usage_bytes)::DOUBLE FROM duckdb_memory()`
	);
	const memoryMiB = Number(memory.getRowsJS()[0]![0]) / 2 ** 20;
	return { instance, conn, folder, startupS, memoryMiB };
}

async function timed(conn: DuckDBConnection, sql: string, params: readonly unknown[]) {
	const statement = await conn.prepare(sql);
	statement.bind(params as DuckDBValue[]);
	return async () => {
		const t = performance.now();
		await statement.runAndReadAll();
		return performance.now() - t;
	};
}

async function main() {
	const { values } = parseArgs({
		options: {
			data: { type: 'string', default: 'server-data/110m' },
			runs: { type: 'string', default: '15' }
		}
	});
	const dir = resolve(values.data!);
	const runs = Number(values.runs);
	const loadBefore = loadavg()[0]!;
	const table = await engine(dir, 'table');
	const view = await engine(dir, 'view');
	console.log(
		`start-up: table ${table.startupS.toFixed(1)} s, view ${view.startupS.toFixed(1)} s; ` +
			`memory: table ${table.memoryMiB.toFixed(0)} MiB, view ${view.memoryMiB.toFixed(0)} MiB`
	);
	const results: FactLayoutResult['views'][number][] = [];
	for (const v of benchViews()) {
		const onTable = await timed(table.conn, v.spec.sql, v.spec.params);
		const onView = await timed(view.conn, v.spec.sql, v.spec.params);
		for (let i = 0; i < 2; i++) {
			await onTable(); // warm-up
			await onView();
		}
		const a: number[] = [];
		const b: number[] = [];
		for (let i = 0; i < runs; i++) {
			a.push(await onTable());
			b.push(await onView());
		}
		const r = {
			name: v.name,
			table: summarise(a),
			view: summarise(b),
			ratio: summarise(pairedRatios(b, a))
		};
		results.push(r);
		console.log(
			`${v.name.padEnd(36)} table ${r.table.p50.toFixed(1)} ms  view ${r.view.p50.toFixed(1)} ms  ` +
				`view ÷ table ${r.ratio.p50.toFixed(2)}`
		);
	}
	const out: FactLayoutResult = {
		date: new Date().toISOString(),
		data: values.data!,
		version: table.folder.manifest.version,
		load: { before: loadBefore, after: loadavg()[0]! },
		runs,
		startupS: { table: table.startupS, view: view.startupS },
		memoryMiB: { table: table.memoryMiB, view: view.memoryMiB },
		views: results
	};
	for (const e of [table, view]) {
		e.conn.closeSync();
		e.instance.closeSync();
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/server-fact-layout.json', JSON.stringify(out, null, '\t'));
	console.log('wrote bench-results/server-fact-layout.json');
}

void main();
