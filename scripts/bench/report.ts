/** Writes BENCHMARKS.md from a run's results: the table, the method, the machine, and notes. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BundleSize } from './bundle';
import type { ExportRun } from './exports';
import type { Machine } from './machine';
import type { StartupRuns } from './startup';
import { CLICK_PAGES, type ClickRun } from './clicks';
import type { RouteDownload } from './downloads';
import type { BrushRun } from './interactions';
import { pairedRatios, summarise, type Summary } from './stats';

export interface ScaleResults {
	readonly label: string;
	startup: StartupRuns | null;
	/** Per page name, one run per session. */
	readonly clicks: Record<string, ClickRun[]>;
	readonly brush: BrushRun[];
	readonly exports: ExportRun[];
	memory: { memory_limit: string; used_bytes: number } | null;
	/** What happened with the memory limit lowered to 512 MB (large run only). */
	nearLimit?: string | null;
}

export interface Results {
	readonly date: string;
	readonly commit: string;
	readonly machine: Machine;
	readonly settings: { runs: number; clicks: number; brush: number };
	readonly bundle: BundleSize;
	bundled: ScaleResults | null;
	large: ScaleResults | null;
	downloads: RouteDownload[];
	queries: { name: string; nativeMs: number[]; browserMs: number[] }[];
}

const ms = (v: number) => (!Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const spread = (s: Summary) => `${ms(s.min)}–${ms(s.max)}`;
const verdict = (value: number, target: number) =>
	value <= target ? 'met' : `missed by ${ms(value - target)} (×${(value / target).toFixed(2)})`;
const ratioVerdict = (value: number, target: number) =>
	value <= target ? 'met' : `missed: ×${value.toFixed(2)} vs ×${target}`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The 1-minute load when a section started (the machine is shared). */
function loadAt(m: Machine, section: string): string {
	const s = m.loadSamples.find((x) => x.section === section);
	return s ? String(s.load1) : '—';
}

function startupTable(r: ScaleResults, m: Machine): string {
	if (!r.startup) return '';
	const base = r.startup.baseline.map((b) => b.dataReady);
	const rows = Object.entries(r.startup.app).map(([path, runs]) => {
		const first = summarise(runs.map((a) => a.firstChart));
		const inter = summarise(runs.map((a) => a.interactive));
		const ratio = summarise(
			pairedRatios(
				runs.map((a) => a.interactive),
				base
			)
		);
		const cls = summarise(runs.map((a) => a.cls));
		return `| ${path} | ${ms(first.median)} (${spread(first)}) | ${verdict(first.median, 1000)} | ${ms(inter.median)} | ×${ratio.median.toFixed(2)} (×${ratio.min.toFixed(2)}–×${ratio.max.toFixed(2)}) | ${ratioVerdict(ratio.median, 1.3)} | ${cls.max.toFixed(3)} |`;
	});
	const b = summarise(base);
	return `#### ${r.label}: cold start, every page's default view (load ${loadAt(m, `${r.label}: start-up`)}; ${r.startup.baseline.length} rounds)

Same-run baseline (bare engine: instantiate + data load): ${ms(b.median)} ms (${spread(b)}).

| page | first chart painted, ms (median, min–max) | ≤ 1000 ms | interactive, ms | interactive ÷ baseline (paired) | ≤ ×1.3 | layout shift (CLS, worst run) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

function clickTable(r: ScaleResults, m: Machine, target: number): string {
	const names = Object.keys(r.clicks);
	if (names.length === 0) return '';
	const rows = names.map((name) => {
		const runs = r.clicks[name]!;
		const all = summarise(runs.flatMap((x) => x.ms));
		const engine = summarise(runs.flatMap((x) => x.engineMs));
		const sent = summarise(runs.flatMap((x) => x.sent));
		const p95s = runs.map((x) => ms(summarise(x.ms).p95)).join(', ');
		const repeats = runs.reduce((s, x) => s + x.repeats, 0);
		return `| ${name} | ${runs.map((x) => x.ms.length).join(' + ')} | ${ms(all.p50)} | ${ms(all.p95)} (${p95s}) | ${verdict(all.p95, target)} | ${ms(engine.p50)} / ${ms(engine.p95)} | ${sent.median} | ${repeats} | ${loadAt(m, `${r.label}: clicks on ${CLICK_PAGES.find((p) => p.name === name)?.path ?? name}`)} |`;
	});
	return `#### ${r.label}: filter click → every chart on the page updated (target p95 ≤ ${target} ms)

| page | clicks (sessions) | p50 ms | p95 ms (sessions' p95) | verdict | same-run engine alone, p50 / p95 ms | statements per click (median) | repeated states | load |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

function brushTable(r: ScaleResults, m: Machine): string {
	if (r.brush.length === 0) return '';
	const all = summarise(r.brush.flatMap((b) => b.ms));
	const p95s = r.brush.map((b) => ms(summarise(b.ms).p95)).join(', ');
	const updates = r.brush.reduce((s, b) => s + b.updates, 0);
	const frames = r.brush.reduce((s, b) => s + b.frames, 0);
	const sent = r.brush.reduce((s, b) => s + b.sent, 0);
	return `#### ${r.label}: brush move → every chart updated (target p95 ≤ 16 ms; load ${loadAt(m, `${r.label}: brush`)})

| moves | p50 ms | p95 ms (sessions' p95) | verdict | URL states taken / frames during the drags | statements sent during the drags |
| --- | --- | --- | --- | --- | --- |
| ${r.brush.map((b) => b.ms.length).join(' + ')} | ${ms(all.p50)} | ${ms(all.p95)} (${p95s}) | ${verdict(all.p95, 16)} | ${updates} / ${frames} | ${sent} |
`;
}

function exportRows(r: ScaleResults): string[] {
	if (r.exports.length === 0) return [];
	const pq = summarise(r.exports.map((e) => e.parquetMs));
	const csv = summarise(r.exports.map((e) => e.csvMs));
	const q = summarise(r.exports.map((e) => e.queryMs));
	const e = r.exports[0]!;
	const mb = (b: number) => (b / 2 ** 20).toFixed(1);
	return [
		`| ${r.label}: ${e.rows.toLocaleString('en')} filtered rows → Arrow result | ${ms(q.median)} ms | ${spread(q)} ms | — | — |`,
		`| ${r.label}: → Parquet (workbench export: parquet-wasm, ${mb(e.parquetBytes)} MB) | ${ms(pq.median)} ms | ${spread(pq)} ms | ≤ 2000 ms | ${verdict(pq.median + q.median, 2000)} (query + write) |`,
		`| ${r.label}: → CSV (workbench export: d3-dsv, ${mb(e.csvBytes)} MB) | ${ms(csv.median)} ms | ${spread(csv)} ms | — | — |`
	];
}

function downloadTable(d: readonly RouteDownload[]): string {
	if (d.length === 0) return '';
	const rows = d.map((x) => {
		const outside = x.bytes.appJs + x.bytes.htmlCss + x.bytes.other;
		return `| ${x.path} | ${kb(x.bytes.appJs)} | ${verdict(x.bytes.appJs / 1024, 150)} | ${kb(x.bytes.htmlCss)} | ${kb(x.bytes.other)} | ${kb(outside)} | ${kb(x.bytes.data)} | ${(x.bytes.engine / 2 ** 20).toFixed(2)} MB | ${x.requests} |`;
	});
	return `#### What a cold visit of each route downloads (bytes on the wire, precompressed brotli)

| route | app JavaScript | ≤ 150 KB | HTML + CSS (with embedded answers) | other (icons, geometry) | all outside engine and data | data files | engine (wasm + worker + client) | requests |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/** The Markdown report. */
export function renderReport(r: Results, notes: string): string {
	const m = r.machine;
	const sections: string[] = [];
	for (const [scale, target] of [
		[r.bundled, 50],
		[r.large, 100]
	] as const) {
		if (!scale) continue;
		sections.push(startupTable(scale, m), clickTable(scale, m, target), brushTable(scale, m));
	}
	sections.push(downloadTable(r.downloads));
	const rows: string[] = [];
	if (r.large) rows.push(...exportRows(r.large));
	if (r.bundled && r.bundled.exports.length) rows.push(...exportRows(r.bundled));
	rows.push(
		`| app JavaScript of the whole build, gzip (${r.bundle.files} files; engine excluded; for reference — the budget is per route, above) | ${kb(r.bundle.appGzip)} | raw ${kb(r.bundle.appRaw)} | — | — |`,
		`| engine, for reference: duckdb-wasm JS + worker / wasm, gzip | ${kb(r.bundle.engineJsGzip)} / ${(r.bundle.wasmGzip / 2 ** 20).toFixed(1)} MB | — | — | — |`
	);
	const qrows = r.queries.map((q) => {
		const n = summarise(q.nativeMs);
		const b = summarise(q.browserMs);
		const ratio = b.median / n.median;
		return `| ${q.name} | ${ms(n.median)} (${spread(n)}) | ${ms(b.median)} (${spread(b)}) | ×${ratio.toFixed(2)} | ${ratioVerdict(ratio, 2)} |`;
	});
	const mem = r.large?.memory;
	const load = m.loadSamples
		.map(
			(s) =>
				`- ${s.at.slice(11, 19)} ${s.section}: load ${s.load1}; busiest: ${s.busiest.join(', ')}`
		)
		.join('\n');
	return `# Pilot Atlas benchmarks

Generated by \`npm run bench\` (scripts/bench/) on ${r.date.slice(0, 16).replace('T', ' ')} UTC at
commit \`${r.commit}\`; raw samples in \`bench-results/latest.json\`. Medians over runs, spread =
min–max (or as stated). Regenerate rather than edit; the notes below the tables are
\`scripts/bench/notes.md\`. The machine is shared: each section gives the 1-minute load when it
started, and every figure has a baseline measured in the same run.

## Results

${sections.filter(Boolean).join('\n')}
#### Other figures

| figure | median | spread | target | verdict |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

#### Query set: native DuckDB vs the browser (bundled data, ms per run, median and min–max; load ${loadAt(m, 'queries')})

| query | native (@duckdb/node-api) | browser (duckdb-wasm) | browser ÷ native | ≤ ×2 |
| --- | --- | --- | --- | --- |
${qrows.join('\n')}
${mem ? `\nEngine memory at ${r.large!.label} rows, after load and the aggregate: \`memory_limit\` = ${mem.memory_limit}; DuckDB's own accounting (\`duckdb_memory()\`) ${(mem.used_bytes / 2 ** 20).toFixed(0)} MB.\nNear the limit (measured): ${r.large!.nearLimit ?? 'not measured'}.\n` : ''}
${notes}

## Machine

${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}
(headless, \`--disable-gpu\`), the static preview server (\`npm run preview\`: precompressed files)
on 127.0.0.1 (loopback: transfer time is near zero; a real network adds the download of the
engine, about 6 MB brotli, once, then the browser's cache).
Settings: ${r.settings.runs} cold rounds, ${r.settings.clicks} clicks per page and session,
${r.settings.brush} brush moves per session.

Load while it ran (1-minute load average and the busiest processes at each section's start):

${load}
`;
}

/** Writes BENCHMARKS.md with the notes from scripts/bench/notes.md (if present). */
export function writeReport(r: Results, file: string): void {
	const notesFile = 'scripts/bench/notes.md';
	const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
	writeFileSync(file, renderReport(r, notes));
}
