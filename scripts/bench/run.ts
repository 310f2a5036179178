/**
 * `npm run bench`: drives the production build in headless Chromium and writes BENCHMARKS.md and
 * bench-results/*.json. Every browser figure has a baseline measured in the same run.
 *
 *   tsx scripts/bench/run.ts [--runs 5] [--filters 60] [--brush 40] [--exports 3] [--scale 10m|none]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { coldPage, launch } from './browser';
import { bundleSize } from './bundle';
import { exportRun, exportSql } from './exports';
import { filterStates } from './filter-states';
import { brushDrag, filterChanges } from './interactions';
import { describeMachine, sampleLoad } from './machine';
import { openNative, querySet, timeBrowser, timeNative } from './queries';
import { writeReport, type Results, type ScaleResults } from './report';
import { startPreview } from './server';
import { makeSite } from './site';
import { measureStartup } from './startup';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		filters: { type: 'string', default: '60' },
		brush: { type: 'string', default: '40' },
		exports: { type: 'string', default: '3' },
		scale: { type: 'string', default: '10m' },
		'report-only': { type: 'boolean', default: false }
	}
});
const RUNS = Number(values.runs);
const FILTERS = Number(values.filters);
const BRUSH = Number(values.brush);
const PORT = Number(process.env.PA_PORT ?? 4173) + 2;
const OUT = resolve('bench-results');

async function scaleRun(
	browser: Browser,
	url: string,
	label: string,
	big: boolean
): Promise<ScaleResults> {
	const machine = results.machine;
	sampleLoad(machine, `${label}: start-up`);
	const startup = await measureStartup(browser, url, big ? Math.max(3, RUNS - 2) : RUNS);
	sampleLoad(machine, `${label}: filter changes`);
	const filters: number[][] = [];
	for (let s = 0; s < (big ? 2 : 3); s++) {
		filters.push(await filterChanges(browser, url, filterStates(FILTERS, `bench-${s}`)));
	}
	sampleLoad(machine, `${label}: brush`);
	const brush: number[][] = [];
	for (let s = 0; s < (big ? 2 : 3); s++) brush.push(await brushDrag(browser, url, BRUSH));
	sampleLoad(machine, `${label}: engine`);
	const page = await coldPage(browser);
	await page.goto(`${url}/__bench/`);
	await page.waitForFunction(
		() => document.getElementById('status')?.textContent === 'ready',
		null,
		{
			timeout: 300_000
		}
	);
	const memory = (await page.evaluate(
		`window.bench.rows("SELECT current_setting('memory_limit') AS memory_limit, (SELECT sum(memory_usage_bytes) FROM duckdb_memory())::DOUBLE AS used_bytes")`
	)) as { memory_limit: string; used_bytes: number }[];
	// Near the limit: lower it below what the tables hold and ask for a large hash table.
	const nearLimit = big ? await tryNearLimit(page) : null;
	sampleLoad(machine, `${label}: export`);
	const exports = [];
	const exportRuns = big ? Number(values.exports) : values.scale === 'none' ? 1 : 0;
	for (let i = 0; i < exportRuns; i++) exports.push(await exportRun(page, exportSql(big)));
	await page.context().close();
	return { label, startup, filters, brush, exports, memory: memory[0] ?? null, nearLimit };
}

async function tryNearLimit(page: import('@playwright/test').Page): Promise<string> {
	return (await page.evaluate(`(async () => {
		const say = async (sql) => {
			try {
				const rows = await window.bench.rows(sql);
				return 'ok: ' + JSON.stringify(rows[0] ?? null);
			} catch (e) {
				return 'error: ' + String(e && e.message ? e.message : e).split('\\n')[0];
			}
		};
		const set = await say("SET memory_limit = '512MB'");
		const big = await say('SELECT count(*)::DOUBLE AS n FROM (SELECT "month", "city_code", "category", "channel", "orders", list("value_cny") AS v FROM "imports_batches" GROUP BY ALL)');
		const small = await say('SELECT count(*)::DOUBLE AS n FROM "imports"');
		await say("RESET memory_limit");
		return 'SET 512MB → ' + set + ' | 10M-row GROUP BY → ' + big + ' | then a view query → ' + small;
	})()`)) as string;
}

async function queryRun(browser: Browser, url: string, dataDir: string) {
	sampleLoad(results.machine, 'queries');
	const native = await openNative(dataDir);
	const page = await coldPage(browser);
	await page.goto(`${url}/__bench/`);
	await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
	const out = [];
	for (const { name, spec } of querySet()) {
		const reps = Math.max(5, RUNS * 2);
		await timeNative(native, spec, 2); // warm-up, not counted
		await timeBrowser(page, spec, 2);
		const nativeMs = await timeNative(native, spec, reps);
		const browserMs = await timeBrowser(page, spec, reps);
		out.push({ name, nativeMs, browserMs });
	}
	await page.context().close();
	native.closeSync();
	return out;
}

const results: Results = {
	date: new Date().toISOString(),
	commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
	machine: describeMachine(),
	settings: { runs: RUNS, filters: FILTERS, brush: BRUSH },
	bundle: bundleSize('build'),
	bundled: null,
	large: null,
	queries: []
};

async function main() {
	if (values['report-only']) {
		writeReport(JSON.parse(readFileSync(join(OUT, 'latest.json'), 'utf8')), 'BENCHMARKS.md');
		return;
	}
	mkdirSync(OUT, { recursive: true });
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	if (manifest.scaleRows)
		throw new Error('static/data holds a scaled dataset: run `npm run data` and build.');
	const browser = await launch();
	results.machine.chromium = browser.version();
	try {
		const site = await makeSite(join(OUT, 'site'));
		let server = await startPreview(site, PORT);
		try {
			results.bundled = await scaleRun(browser, server.url, 'bundled', false);
			results.queries = await queryRun(browser, server.url, 'static/data');
		} finally {
			server.stop();
		}
		save(); // a run cut short still leaves the bundled figures
		if (values.scale !== 'none') {
			const dataDir = join(OUT, `data-${values.scale}`);
			if (!existsSync(join(dataDir, 'manifest.json'))) {
				execFileSync(
					'npx',
					['tsx', 'scripts/generate-data.ts', '--scale', values.scale!, '--out', dataDir],
					{
						stdio: 'inherit'
					}
				);
			}
			const bigSite = await makeSite(join(OUT, `site-${values.scale}`), dataDir);
			server = await startPreview(bigSite, PORT);
			try {
				results.large = await scaleRun(browser, server.url, values.scale!, true);
			} finally {
				server.stop();
			}
		}
	} finally {
		await browser.close();
	}
	sampleLoad(results.machine, 'end');
	save();
	console.log('wrote BENCHMARKS.md and bench-results/latest.json');
}

function save() {
	const json = JSON.stringify(results, null, '\t');
	writeFileSync(join(OUT, `bench-${results.date.replaceAll(':', '-')}.json`), json);
	writeFileSync(join(OUT, 'latest.json'), json);
	writeReport(results, 'BENCHMARKS.md');
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
