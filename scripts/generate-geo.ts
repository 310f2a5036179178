/**
 * Writes the base map the app fetches: static/data/geo/china-outline.json (generated, not
 * committed; `npm run data` runs this after the data generator).
 *
 *   tsx scripts/generate-geo.ts [--out DIR]
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOutline } from './geo/outline';

const { values } = parseArgs({
	options: { out: { type: 'string', default: 'static/data/geo/' } },
	strict: true
});
const out = values.out ?? 'static/data/geo/';
const require = createRequire(import.meta.url);
const source = require.resolve('@surbowl/world-geo-json-zh/world.zh.json');

const topo = buildOutline(JSON.parse(readFileSync(source, 'utf8')));
const text = JSON.stringify(topo);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'china-outline.json'), text);
const countries = (topo.objects.land as { geometries: unknown[] }).geometries.length;
console.log(
	`base map → ${relative('.', out)}/china-outline.json: ${countries} countries, ` +
		`${(text.length / 1024).toFixed(1)} KiB (world file ${(readFileSync(source).length / 1024).toFixed(0)} KiB)`
);
