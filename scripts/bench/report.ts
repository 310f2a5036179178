/** Writes BENCHMARKS.md from a run's results: the table, the method, the machine, and notes. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BundleSize } from './bundle';
import type { ExportRun } from './exports';
import type { Machine } from './machine';
import type { AppStart, BaselineStart } from './startup';
import { pairedRatios, summarise, type Summary } from './stats';

export interface ScaleResults {
	readonly label: string;
	readonly startup: { app: AppStart[]; baseline: BaselineStart[] };
	readonly filters: number[][];
	readonly brush: number[][];
	readonly exports: ExportRun[];
	readonly memory: { memory_limit: string; used_bytes: number } | null;
	/** What happened with the memory limit lowered to 512 MB (large run only). */
	readonly nearLimit?: string | null;
}

export interface Results {
	readonly date: string;
	readonly commit: string;
	readonly machine: Machine;
	readonly settings: { runs: number; filters: number; brush: number };
	readonly bundle: BundleSize;
	bundled: ScaleResults | null;
	large: ScaleResults | null;
	queries: { name: string; nativeMs: number[]; browserMs: number[] }[];
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const spread = (s: Summary) => `${ms(s.min)}–${ms(s.max)}`;
const verdict = (value: number, target: number) =>
	value <= target ? 'met' : `missed by ${ms(value - target)} (×${(value / target).toFixed(2)})`;
const ratioVerdict = (value: number, target: number) =>
	value <= target ? 'met' : `missed: ×${value.toFixed(2)} vs ×${target}`;

function startupRows(r: ScaleResults, label: string): string[] {
	const first = summarise(r.startup.app.map((a) => a.firstChart));
	const inter = summarise(r.startup.app.map((a) => a.interactive));
	const base = summarise(r.startup.baseline.map((b) => b.dataReady));
	const ratio = summarise(
		pairedRatios(
			r.startup.app.map((a) => a.interactive),
			r.startup.baseline.map((b) => b.dataReady)
		)
	);
	const fcp = summarise(r.startup.app.map((a) => a.fcp));
	return [
		`| ${label}: navigation → first chart painted | ${ms(first.median)} ms | ${spread(first)} ms | ≤ 1000 ms | ${verdict(first.median, 1000)} |`,
		`| ${label}: navigation → first contentful paint | ${ms(fcp.median)} ms | ${spread(fcp)} ms | — | — |`,
		`| ${label}: baseline: engine instantiate + data load (bare page) | ${ms(base.median)} ms | ${spread(base)} ms | — | — |`,
		`| ${label}: navigation → interactive (engine, data, every overview chart live) | ${ms(inter.median)} ms | ${spread(inter)} ms | — | — |`,
		`| ${label}: interactive ÷ baseline (paired runs) | ×${ratio.median.toFixed(2)} | ×${ratio.min.toFixed(2)}–×${ratio.max.toFixed(2)} | ≤ ×1.3 | ${ratioVerdict(ratio.median, 1.3)} |`
	];
}

function sessionRows(sessions: number[][], label: string, target: number): string[] {
	const pooled = summarise(sessions.flat());
	const p95s = summarise(sessions.map((s) => summarise(s).p95));
	const n = sessions.map((s) => s.length).join(' + ');
	return [
		`| ${label}: p50 (${n} updates) | ${ms(pooled.p50)} ms | ${ms(pooled.min)}–${ms(pooled.max)} ms | — | — |`,
		`| ${label}: p95 | ${ms(pooled.p95)} ms | sessions' p95 ${spread(p95s)} ms | ≤ ${target} ms | ${verdict(pooled.p95, target)} |`
	];
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
		`| ${r.label}: → Parquet (workbench export: hyparquet-writer, ${mb(e.parquetBytes)} MB) | ${ms(pq.median)} ms | ${spread(pq)} ms | ≤ 2000 ms | ${verdict(pq.median + q.median, 2000)} (query + write) |`,
		`| ${r.label}: → CSV (workbench export: d3-dsv, ${mb(e.csvBytes)} MB) | ${ms(csv.median)} ms | ${spread(csv)} ms | — | — |`
	];
}

/** The Markdown report. */
export function renderReport(r: Results, notes: string): string {
	const rows: string[] = [];
	if (r.bundled) {
		rows.push(...startupRows(r.bundled, 'bundled'));
		rows.push(...sessionRows(r.bundled.filters, 'bundled: filter change → all charts updated', 50));
		rows.push(...sessionRows(r.bundled.brush, 'bundled: brush move → all charts updated', 16));
	}
	if (r.large) {
		rows.push(...startupRows(r.large, r.large.label));
		rows.push(
			...sessionRows(r.large.filters, `${r.large.label}: filter change → all charts updated`, 150)
		);
		rows.push(
			...sessionRows(r.large.brush, `${r.large.label}: brush move → all charts updated`, 16)
		);
		rows.push(...exportRows(r.large));
	}
	if (r.bundled && r.bundled.exports.length) rows.push(...exportRows(r.bundled));
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	rows.push(
		`| app JavaScript shipped, gzip (${r.bundle.files} files; engine excluded) | ${kb(r.bundle.appGzip)} | raw ${kb(r.bundle.appRaw)} | ≤ 200 KB | ${verdict(r.bundle.appGzip / 1024, 200)} |`,
		`| engine, for reference: duckdb-wasm JS + worker / wasm, gzip | ${kb(r.bundle.engineJsGzip)} / ${(r.bundle.wasmGzip / 2 ** 20).toFixed(1)} MB | — | — | — |`
	);
	const qrows = r.queries.map((q) => {
		const n = summarise(q.nativeMs);
		const b = summarise(q.browserMs);
		const ratio = b.median / n.median;
		return `| ${q.name} | ${ms(n.median)} (${spread(n)}) | ${ms(b.median)} (${spread(b)}) | ×${ratio.toFixed(2)} | ${ratioVerdict(ratio, 2)} |`;
	});
	const mem = r.large?.memory;
	const m = r.machine;
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
\`scripts/bench/notes.md\`.

## Results

| figure | median | spread | target | verdict |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

### Query set: native DuckDB vs the browser (bundled data, ms per run, median and min–max)

| query | native (@duckdb/node-api) | browser (duckdb-wasm) | browser ÷ native | ≤ ×2 |
| --- | --- | --- | --- | --- |
${qrows.join('\n')}
${mem ? `\nEngine memory at ${r.large!.label} rows, after load and the aggregate: \`memory_limit\` = ${mem.memory_limit}; DuckDB's own accounting (\`duckdb_memory()\`) ${(mem.used_bytes / 2 ** 20).toFixed(0)} MB.\nNear the limit (measured): ${r.large!.nearLimit ?? 'not measured'}.\n` : ''}
${notes}

## Machine

${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}
(headless, \`--disable-gpu\`), vite preview on 127.0.0.1 (loopback: transfer time is near zero;
a real network adds the download of the 34 MB engine once, then the browser's cache).
Settings: ${r.settings.runs} cold runs, ${r.settings.filters} filter changes per session,
${r.settings.brush} brush moves per session.

Load while it ran (1-minute load average and the busiest processes at each section's start; the
machine is shared, which is why every figure is paired with a baseline from the same run):

${load}
`;
}

/** Writes BENCHMARKS.md with the notes from scripts/bench/notes.md (if present). */
export function writeReport(r: Results, file: string): void {
	const notesFile = 'scripts/bench/notes.md';
	const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
	writeFileSync(file, renderReport(r, notes));
}
