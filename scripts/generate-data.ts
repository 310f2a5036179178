/**
 * Writes the bundled SAMPLE dataset: `<table>.arrow` for every table plus `manifest.json`; or, with
 * `--format parquet`, the same dataset as Parquet for the server (`npm run serve -- --data DIR`).
 *
 *   tsx scripts/generate-data.ts [--seed S] [--out DIR] [--scale 10m] [--format arrow|parquet]
 *
 * Default out: static/data/ (arrow), server-data/ (parquet). `--scale` writes about that many
 * `imports` rows as declaration batches (data/README.md, Scale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate/assumptions';
import { generateDataset, manifestJson } from './generate/dataset';
import { parseScale } from './generate/scale';
import type { DataManifest } from '../src/lib/schema';

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: DEFAULT_SEED },
		out: { type: 'string' },
		scale: { type: 'string' },
		format: { type: 'string', default: 'arrow' }
	},
	strict: true
});
const seed = values.seed ?? DEFAULT_SEED;
const format = values.format;
if (format !== 'arrow' && format !== 'parquet') {
	throw new Error(`--format: '${format}' is not arrow or parquet`);
}
const out = values.out ?? (format === 'parquet' ? 'server-data/' : 'static/data/');

const started = performance.now();
const scaleRows = values.scale ? parseScale(values.scale) : undefined;
mkdirSync(out, { recursive: true });
let manifest: DataManifest;
if (format === 'parquet') {
	const { writeParquetDataset } = await import('./generate/parquet');
	let rows = 0;
	manifest = await writeParquetDataset({
		out,
		seed,
		scaleRows,
		onMonth: (month, n) => {
			rows += n;
			if (month.endsWith('-12')) console.log(`  imports up to ${month}: ${rows} rows`);
		}
	});
} else {
	const dataset = generateDataset({ seed, scaleRows });
	for (const [file, bytes] of dataset.files) writeFileSync(join(out, file), bytes);
	manifest = dataset.manifest;
}
writeFileSync(join(out, 'manifest.json'), manifestJson(manifest));

const width = Math.max(...manifest.tables.map((t) => t.name.length));
console.log(
	`sample data ${manifest.version} (seed '${seed}', ${format}) → ${relative('.', out) || '.'}/`
);
for (const t of manifest.tables) {
	const kb = (t.bytes / 1024).toFixed(1).padStart(10);
	console.log(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(11)} rows  ${kb} KiB`);
}
console.log(`written in ${(performance.now() - started).toFixed(0)} ms`);
