/**
 * Writes the bundled SAMPLE dataset: `<table>.arrow` for every table plus `manifest.json`.
 *
 *   tsx scripts/generate-data.ts [--seed S] [--out DIR] [--scale 10m]   (default out: static/data/)
 *
 * `--scale` writes about that many `imports` rows as declaration batches (data/README.md, Scale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate/assumptions';
import { generateDataset, manifestJson } from './generate/dataset';
import { parseScale } from './generate/scale';

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: DEFAULT_SEED },
		out: { type: 'string', default: 'static/data/' },
		scale: { type: 'string' }
	},
	strict: true
});
const seed = values.seed ?? DEFAULT_SEED;
const out = values.out ?? 'static/data/';

const started = performance.now();
const scaleRows = values.scale ? parseScale(values.scale) : undefined;
const { manifest, files } = generateDataset({ seed, scaleRows });
const generatedMs = performance.now() - started;

mkdirSync(out, { recursive: true });
for (const [file, bytes] of files) writeFileSync(join(out, file), bytes);
writeFileSync(join(out, 'manifest.json'), manifestJson(manifest));

const width = Math.max(...manifest.tables.map((t) => t.name.length));
console.log(`sample data ${manifest.version} (seed '${seed}') → ${relative('.', out) || '.'}/`);
for (const t of manifest.tables) {
	const kb = (t.bytes / 1024).toFixed(1).padStart(8);
	console.log(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(9)} rows  ${kb} KiB`);
}
const writtenMs = performance.now() - started - generatedMs;
console.log(`generated in ${generatedMs.toFixed(0)} ms, written in ${writtenMs.toFixed(0)} ms`);
