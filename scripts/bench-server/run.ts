/**
 * `npm run bench:server`: the server (`npm run serve`) over a large Parquet folder, timed per view
 * with one client and with eight at once, against the same SQL run directly in native DuckDB in
 * this process (same tables, same settings). Writes BENCHMARKS-server.md and
 * bench-results/server.json. Not part of CI.
 *
 *   tsx scripts/bench-server/run.ts [--data server-data/110m] [--runs 30] [--clients 8]
 *     [--no-parquet-run]   (skip the run that answers from Parquet without the pre-aggregate)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { openDataFolder } from '../../server/data-folder';
import { buildTables } from '../../server/database';
import { pairedRatios, summarise, type Summary } from '../bench/stats';
import { describeMachine } from '../bench/machine';
import { benchViews, type BenchView } from './views';
import { writeServerReport, type ServerResults, type ViewResult } from './report';
import type { LayoutResult } from './partitions';
import type { FactLayoutResult } from './fact-layout';

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: 'server-data/110m' },
		runs: { type: 'string', default: '30' },
		clients: { type: 'string', default: '8' },
		'no-parquet-run': { type: 'boolean', default: false }
	}
});
const DATA = resolve(values.data!);
const RUNS = Number(values.runs);
const CLIENTS = Number(values.clients);
const PORT = Number(process.env.PA_PORT ?? 4211) + 3;
const THREADS = 2;

interface Started {
	readonly child: ChildProcess;
	readonly url: string;
	readonly readyS: number;
	readonly wallMs: number;
}

/** Starts the server as `npm run serve` does (tsx), on a placeholder site; resolves when it listens. */
function startServer(extra: string[] = []): Promise<Started> {
	const site = mkdtempSync(join(tmpdir(), 'pa-bench-site-'));
	writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>');
	const t0 = performance.now();
	const child = spawn(
		process.execPath,
		[
			'--import',
			'tsx',
			'server/main.ts',
			'--data',
			DATA,
			'--port',
			String(PORT),
			'--build',
			site,
			'--threads',
			String(THREADS),
			'--timeout',
			'600',
			...extra
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let out = '';
	return new Promise((done, fail) => {
		const read = (b: Buffer) => {
			out += b.toString();
			const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
			if (url) {
				const ready = Number(/ready in ([\d.]+) s/.exec(out)?.[1] ?? NaN);
				done({ child, url: url[1]!, readyS: ready, wallMs: performance.now() - t0 });
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
	});
}

function stopServer(s: Started): void {
	s.child.removeAllListeners('exit');
	s.child.kill('SIGTERM');
}

/** Resident and peak memory of a process (MiB), from /proc. */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
}

async function ask(url: string, v: BenchView): Promise<number> {
	const t = performance.now();
	const r = await fetch(`${url}/api/v1/view`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(v.spec.view)
	});
	const bytes = await r.arrayBuffer();
	if (r.status !== 200) throw new Error(`${v.name}: ${r.status} ${Buffer.from(bytes).toString()}`);
	return performance.now() - t;
}

async function serverRuns(url: string, v: BenchView, clients: number, perClient: number) {
	const times: number[] = [];
	await Promise.all(
		Array.from({ length: clients }, async () => {
			for (let i = 0; i < perClient; i++) times.push(await ask(url, v));
		})
	);
	return times;
}

async function main() {
	const machine = describeMachine();
	const loadBefore = loadavg()[0]!;
	console.log(`server benchmark over ${DATA} (load ${loadBefore.toFixed(2)})`);

	const native = await DuckDBInstance.create(':memory:', {
		threads: String(THREADS),
		memory_limit: '2GB'
	});
	const conn = await native.connect();
	const t0 = performance.now();
	const folder = await openDataFolder(DATA, conn);
	await buildTables(conn, folder, {
		threads: THREADS,
		memoryLimit: '2GB',
		connections: 1,
		preaggregate: true,
		inMemoryRows: 20_000_000
	});
	const nativeStartupS = (performance.now() - t0) / 1000;
	const rows = folder.tables.get('imports')!.rows;
	console.log(`native: ${rows} import rows, tables built in ${nativeStartupS.toFixed(1)} s`);

	const server = await startServer();
	const pid = server.child.pid!;
	const memoryStart = memoryOf(pid);
	console.log(`server ready in ${server.readyS} s, RSS ${memoryStart.rssMiB.toFixed(0)} MiB`);
	const views: ViewResult[] = [];
	for (const v of benchViews()) {
		const statement = await conn.prepare(v.spec.sql);
		statement.bind(v.spec.params as DuckDBValue[]);
		const nativeOnce = async () => {
			const t = performance.now();
			await statement.runAndReadAll();
			return performance.now() - t;
		};
		for (let i = 0; i < 3; i++) await nativeOnce();
		await serverRuns(server.url, v, 1, 3); // warm: prepared statements, connections
		// Native and server runs alternate, so both meet the same load (the machine is shared).
		const nativeTimes: number[] = [];
		const one: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			nativeTimes.push(await nativeOnce());
			one.push(await ask(server.url, v));
		}
		const many = await serverRuns(server.url, v, CLIENTS, Math.max(3, Math.ceil(RUNS / 3)));
		const result = {
			name: v.name,
			native: summarise(nativeTimes),
			one: summarise(one),
			many: summarise(many),
			ratio: summarise(pairedRatios(one, nativeTimes))
		};
		views.push(result);
		console.log(
			`${v.name.padEnd(36)} native ${fmt(result.native)}  1 client ${fmt(result.one)}  ${CLIENTS} clients ${fmt(result.many)}  ratio ${result.ratio.p50.toFixed(2)}`
		);
	}
	const memoryEnd = memoryOf(pid);
	stopServer(server);

	let parquet: ServerResults['parquet'] = null;
	if (!values['no-parquet-run']) {
		const slow = await startServer(['--no-preaggregate']);
		const picks = benchViews().filter((v) =>
			/cohort series$|city × month$|city: monthly/.test(v.name)
		);
		const timed: { name: string; times: Summary }[] = [];
		for (const v of picks) {
			await ask(slow.url, v);
			timed.push({ name: v.name, times: summarise(await serverRuns(slow.url, v, 1, 2)) });
			console.log(`from Parquet, no pre-aggregate: ${v.name} ${fmt(timed.at(-1)!.times)}`);
		}
		parquet = { readyS: slow.readyS, views: timed };
		stopServer(slow);
	}
	conn.closeSync();
	native.closeSync();

	const results: ServerResults = {
		date: new Date().toISOString(),
		machine,
		load: { before: loadBefore, after: loadavg()[0]! },
		data: {
			dir: values.data!,
			importRows: rows,
			files: folder.tables.get('imports')!.files.length,
			bytes: folder.manifest.tables.reduce((s, t) => s + t.bytes, 0)
		},
		startup: { serverS: server.readyS, nativeS: nativeStartupS },
		memory: { start: memoryStart, end: memoryEnd },
		runs: RUNS,
		clients: CLIENTS,
		views,
		parquet,
		partitions: readPartitions(folder.manifest.version),
		factLayout: readFactLayout(folder.manifest.version)
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/server.json', JSON.stringify(results, null, '\t'));
	writeFileSync('BENCHMARKS-server.md', writeServerReport(results));
	console.log('wrote BENCHMARKS-server.md and bench-results/server.json');
}

/** The layout comparison, if scripts/bench-server/partitions.ts ran over the same data. */
function readPartitions(version: string): ServerResults['partitions'] {
	const saved = readSaved<{ load: number; results: LayoutResult[] }>(
		'bench-results/server-partitions.json',
		version
	);
	return saved ? { load: saved.load, results: saved.results } : null;
}

/** The imports_fact comparison, if scripts/bench-server/fact-layout.ts ran over the same data. */
function readFactLayout(version: string): ServerResults['factLayout'] {
	return readSaved<FactLayoutResult>('bench-results/server-fact-layout.json', version);
}

/** A side benchmark's results, only if they were measured on this very data (same version). */
function readSaved<T>(path: string, version: string): T | null {
	try {
		const saved = JSON.parse(readFileSync(path, 'utf8')) as T & { data: string; version?: string };
		return saved.data === values.data && saved.version === version ? saved : null;
	} catch {
		return null;
	}
}

const fmt = (s: Summary) => `${s.p50.toFixed(1)}/${s.p95.toFixed(1)} ms`;

void main();
