/**
 * `tsx scripts/bench/did.ts`: how long the outcomes estimator (analysis/did) takes on the bundled
 * sample, with its 999-draw bootstrap, for a set of filter states: in Node and in headless
 * Chromium (the same source bundled by esbuild), cold (first run) and warm (median of the rest).
 * Reads static/data (run `npm run data` or `npm run build` first); prints a table and writes
 * bench-results/did.json. Separate from run.ts so the main benchmark stays as it is.
 *
 *   tsx scripts/bench/did.ts [--runs 7]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { estimateDid } from '../../src/lib/analysis/did/estimate';
import { panelFromQueries } from '../../src/lib/analysis/did/from-query';
import type { DidOptions } from '../../src/lib/analysis/did/options';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '../../src/lib/queries/outcomes';
import type { DataManifest } from '../../src/lib/schema';
import { openTestDb } from '../../tests/helpers/duckdb';
import { launch } from './browser';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(2, Number(values.runs));
const DATA = resolve('static/data');

const STATES: { name: string; filters: Partial<Filters>; options: Partial<DidOptions> }[] = [
	{ name: 'all places, value (logs)', filters: {}, options: {} },
	{ name: 'phase p2020, value', filters: { phases: ['p2020'] }, options: {} },
	{
		name: 'beauty, 1210+9610, orders',
		filters: { categories: ['beauty'] },
		options: { outcome: 'orders' }
	},
	{ name: 'violation rate', filters: {}, options: { outcome: 'rate' } },
	{
		name: 'value in levels, never-joined only',
		filters: {},
		options: { scale: 'level', comparison: 'never' }
	},
	{ name: 'range 2019-01…2023-12', filters: { from: '2019-01', to: '2023-12' }, options: {} }
];

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

async function main() {
	const db = await openTestDb();
	const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as DataManifest;
	for (const t of manifest.tables)
		db.loadArrow(t.name, new Uint8Array(readFileSync(join(DATA, t.file))));
	const inputs = STATES.map((s) => {
		const f = { ...DEFAULT_FILTERS, ...s.filters };
		const pq = outcomePlacesQuery(f);
		const mq = outcomeMonthsQuery(f);
		return {
			...s,
			places: db.rows<OutcomePlaceRow>(pq.sql, pq.params),
			rows: db.rows<OutcomeMonthRow>(mq.sql, mq.params)
		};
	});
	db.close();

	const node = inputs.map((s) => {
		const panel = panelFromQueries(s.places, s.rows)!;
		const times: number[] = [];
		for (let k = 0; k < RUNS; k++) {
			const t = performance.now();
			estimateDid(panel, s.options);
			times.push(performance.now() - t);
		}
		return { name: s.name, cold: times[0]!, warm: median(times.slice(1)) };
	});

	const bundle = await build({
		stdin: {
			contents: `import { estimateDid } from './src/lib/analysis/did/estimate';
				import { panelFromQueries } from './src/lib/analysis/did/from-query';
				globalThis.did = { estimateDid, panelFromQueries };`,
			resolveDir: resolve('.'),
			loader: 'ts'
		},
		bundle: true,
		format: 'iife',
		write: false,
		platform: 'browser'
	});
	const browser = await launch();
	const page = await browser.newPage();
	await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
	const chromium: { name: string; cold: number; warm: number }[] = [];
	for (const s of inputs) {
		const times = await page.evaluate(
			({ places, rows, options, runs }) => {
				const api = (
					globalThis as unknown as {
						did: { estimateDid: typeof estimateDid; panelFromQueries: typeof panelFromQueries };
					}
				).did;
				const panel = api.panelFromQueries(places, rows)!;
				const out: number[] = [];
				for (let k = 0; k < runs; k++) {
					const t = performance.now();
					api.estimateDid(panel, options);
					out.push(performance.now() - t);
				}
				return out;
			},
			{ places: s.places, rows: s.rows, options: s.options, runs: RUNS }
		);
		chromium.push({ name: s.name, cold: times[0]!, warm: median(times.slice(1)) });
	}
	await browser.close();

	const rows = node.map((n, i) => ({
		state: n.name,
		places: inputs[i]!.places.length,
		placeMonths: inputs[i]!.rows.length,
		nodeColdMs: Math.round(n.cold),
		nodeWarmMs: Math.round(n.warm),
		chromiumColdMs: Math.round(chromium[i]!.cold),
		chromiumWarmMs: Math.round(chromium[i]!.warm)
	}));
	console.table(rows);
	mkdirSync(resolve('bench-results'), { recursive: true });
	writeFileSync(
		resolve('bench-results/did.json'),
		`${JSON.stringify({ runs: RUNS, draws: 999, at: new Date().toISOString(), rows }, null, '\t')}\n`
	);
}

await main();
