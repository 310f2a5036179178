/**
 * `npm run bench`: drives the production build in headless Chromium and writes BENCHMARKS.md and
 * bench-results/*.json. Every browser figure has a baseline measured in the same run.
 *
 *   tsx scripts/bench/run.ts [--runs 5] [--clicks 16] [--brush 40] [--exports 3] [--scale 10m|none]
 *     [--sections startup,clicks,brush,engine,downloads,queries] (a partial run for a quick look)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { coldPage, launch } from './browser';
import { bundleSize } from './bundle';
import { CLICK_PAGES, clickSession } from './clicks';
import { DOWNLOAD_ROUTES, routeDownload } from './downloads';
import { exportRun, exportSql } from './exports';
import { brushDrag } from './interactions';
import { describeMachine, sampleLoad } from './machine';
import { openNative, querySet, timeBrowser, timeNative } from './queries';
import { writeReport, type Results, type ScaleResults } from './report';
import { startPreview } from './server';
import { makeSite } from './site';
import { measureStartup } from './startup';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		clicks: { type: 'string', default: '16' },
		sections: { type: 'string', default: 'startup,clicks,brush,engine,downloads,queries' },
		brush: { type: 'string', default: '40' },
		exports: { type: 'string', default: '3' },
		scale: { type: 'string', default: '10m' },
		'report-only': { type: 'boolean', default: false }
	}
});
const RUNS = Number(values.runs);
const CLICKS = Number(values.clicks);
const SECTIONS = new Set(values.sections!.split(','));
/** Every page's default view, cold (the 10M run: the overview and the timeline). */
const STARTUP_PAGES = ['/', ...CLICK_PAGES.map((p) => p.path)];
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
	const out: ScaleResults = {
		label,
		startup: null,
		clicks: {},
		brush: [],
		exports: [],
		memory: null,
		nearLimit: null
	};
	if (SECTIONS.has('startup')) {
		sampleLoad(machine, `${label}: start-up`);
		const paths = big ? ['/', '/timeline'] : STARTUP_PAGES;
		out.startup = await measureStartup(browser, url, big ? Math.max(3, RUNS - 2) : RUNS, paths);
	}
	if (SECTIONS.has('clicks')) {
		for (const p of CLICK_PAGES) {
			sampleLoad(machine, `${label}: clicks on ${p.path}`);
			out.clicks[p.name] = [];
			for (let s = 0; s < (big ? 1 : 2); s++) {
				const run = await clickSession(browser, url, p, CLICKS, `bench-${s}`);
				out.clicks[p.name]!.push(run);
				console.log(`  ${p.path}: ${run.ms.map((m) => m.toFixed(0)).join(' ')}`);
			}
		}
	}
	if (SECTIONS.has('brush')) {
		sampleLoad(machine, `${label}: brush`);
		for (let s = 0; s < (big ? 1 : 2); s++) out.brush.push(await brushDrag(browser, url, BRUSH));
	}
	if (!SECTIONS.has('engine')) return out;
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
	out.memory = memory[0] ?? null;
	// Near the limit: lower it below what the tables hold and ask for a large hash table.
	out.nearLimit = big ? await tryNearLimit(page) : null;
	sampleLoad(machine, `${label}: export`);
	const exportRuns = big ? Number(values.exports) : values.scale === 'none' ? 1 : 0;
	for (let i = 0; i < exportRuns; i++) out.exports.push(await exportRun(page, exportSql(big)));
	await page.context().close();
	return out;
}

async function downloadRun(browser: Browser, url: string, siteDir: string) {
	sampleLoad(results.machine, 'downloads');
	const out = [];
	for (const path of DOWNLOAD_ROUTES) out.push(await routeDownload(browser, url, siteDir, path));
	return out;
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
	settings: { runs: RUNS, clicks: CLICKS, brush: BRUSH },
	bundle: bundleSize('build'),
	bundled: null,
	large: null,
	downloads: [],
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
			if (SECTIONS.has('downloads'))
				results.downloads = await downloadRun(browser, server.url, site);
			if (SECTIONS.has('queries'))
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
