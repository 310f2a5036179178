/** The base map the data step writes: small, d3-wound, with China as the Chinese standard map draws it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { geoBounds } from 'd3';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { buildOutline } from '../../../scripts/geo/outline';
import { isD3Wound } from '../../../src/lib/geo/rewind';

const require = createRequire(import.meta.url);
const world = JSON.parse(
	readFileSync(require.resolve('@surbowl/world-geo-json-zh/world.zh.json'), 'utf8')
) as FeatureCollection;
const topo = buildOutline(world);
const land = feature(topo, topo.objects.land!) as FeatureCollection<MultiPolygon>;

describe('buildOutline', () => {
	test('is a small quantised file', () => {
		expect(topo.transform).toBeDefined();
		expect(JSON.stringify(topo).length).toBeLessThan(40_000);
	});

	test('every polygon is wound the way d3-geo reads it', () => {
		for (const f of land.features) expect(isD3Wound(f.geometry), String(f.id)).toBe(true);
	});

	test('keeps China whole: mainland, Hainan, Taiwan and the South China Sea islands and dashes', () => {
		const china = land.features.find((f) => f.id === 'CN')!;
		expect(china.properties).toMatchObject({ china: true });
		expect(china.geometry.coordinates).toHaveLength(23);
		const [[west, south], [east, north]] = geoBounds(china);
		expect(west).toBeCloseTo(73.6, 0);
		expect(east).toBeCloseTo(135.1, 0);
		expect(north).toBeCloseTo(53.6, 0);
		expect(south).toBeLessThan(4); // the southernmost dash, near 3.4°N
		expect(land.features.some((f) => f.id === 'TW')).toBe(false);
	});

	test('keeps the neighbours for context and drops the far world', () => {
		const ids = new Set(land.features.map((f) => String(f.id)));
		for (const id of ['MN', 'RU', 'KP', 'KR', 'JP', 'VN', 'PH', 'IN', 'KZ'])
			expect(ids.has(id)).toBe(true);
		for (const id of ['US', 'FR', 'BR', 'AU']) expect(ids.has(id)).toBe(false);
	});
});
