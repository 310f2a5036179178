/** Projection, scales and tile positions of the map views. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { buildOutline } from '../../../scripts/geo/outline';
import {
	bubbleRadius,
	chinaMapLayout,
	chinaProjection,
	maxBubbleRadius
} from '../../../src/lib/charts/views/map/china-map-layout';
import { tileLayout } from '../../../src/lib/charts/views/map/tile-layout';
import { referenceCsv } from '../../helpers/reference';
import { PROVINCE_TILES } from '../../helpers/map-reference';

const require = createRequire(import.meta.url);
const topo = buildOutline(
	JSON.parse(readFileSync(require.resolve('@surbowl/world-geo-json-zh/world.zh.json'), 'utf8'))
);
const outline = feature(topo, topo.objects.land!) as FeatureCollection;

describe('chinaProjection', () => {
	test('is centred on 105°E: north is up along the central meridian', () => {
		const p = chinaProjection();
		const [x1, y1] = p([105, 20])!;
		const [x2, y2] = p([105, 50])!;
		expect(x1).toBeCloseTo(x2, 6);
		expect(y2).toBeLessThan(y1);
	});

	test('is equal-area: a 1° cell near Harbin and near Guangzhou differ only as on the globe', () => {
		const p = chinaProjection();
		const cell = (lon: number, lat: number) => {
			const [a, b, c] = [p([lon, lat])!, p([lon + 1, lat])!, p([lon, lat + 1])!];
			return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
		};
		const globe = Math.cos((45.5 * Math.PI) / 180) / Math.cos((23.5 * Math.PI) / 180);
		expect(cell(126, 45) / cell(113, 23)).toBeCloseTo(globe, 2);
	});
});

describe('chinaMapLayout', () => {
	const layout = chinaMapLayout(outline, 900);

	test('every reference city lands inside the map, in the right order east to west', () => {
		const at = new Map(
			referenceCsv('cities').map((c) => [c.name_en!, layout.project(Number(c.lon), Number(c.lat))!])
		);
		for (const [name, [x, y]] of at) {
			expect(x, name).toBeGreaterThan(0);
			expect(x, name).toBeLessThan(layout.width);
			expect(y, name).toBeGreaterThan(0);
			expect(y, name).toBeLessThan(layout.height);
		}
		expect(at.get('Shanghai')![0]).toBeGreaterThan(at.get('Chengdu')![0]);
		expect(at.get('Harbin')![1]).toBeLessThan(at.get('Guangzhou')![1]);
	});

	test('draws China and its neighbours, and China again in the South China Sea inset', () => {
		expect(layout.land.find((l) => l.id === 'CN')?.d).toMatch(/^M/);
		expect(layout.land.filter((l) => l.d).length).toBeGreaterThan(10);
		expect(layout.inset.land.some((l) => l.china)).toBe(true);
		expect(layout.inset.x + layout.inset.width).toBeLessThanOrEqual(layout.width);
		expect(layout.inset.y + layout.inset.height).toBeLessThanOrEqual(layout.height);
	});
});

describe('bubbleRadius', () => {
	test('bubble area is proportional to the value', () => {
		const r = bubbleRadius(400, 20);
		expect(r(400)).toBe(20);
		expect(r(100)).toBeCloseTo(10, 9);
		expect((Math.PI * r(300) ** 2) / (Math.PI * r(100) ** 2)).toBeCloseTo(3, 9);
		expect(r(0)).toBe(0);
		expect(r(800)).toBe(20);
	});

	test('the largest bubble stays readable on narrow and wide maps', () => {
		expect(maxBubbleRadius(300)).toBe(10);
		expect(maxBubbleRadius(1200)).toBe(30);
	});
});

describe('tileLayout', () => {
	test('places equal tiles on distinct cells inside the width', () => {
		const layout = tileLayout(PROVINCE_TILES, 700);
		expect(layout.tiles).toHaveLength(34);
		expect(new Set(layout.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(34);
		expect(new Set(layout.tiles.map((t) => t.size)).size).toBe(1);
		expect(layout.width).toBeLessThanOrEqual(700);
		const hl = layout.tiles.find((t) => t.abbr_en === 'HL')!;
		const hi = layout.tiles.find((t) => t.abbr_en === 'HI')!;
		expect(hl.y).toBeLessThan(hi.y);
	});
});
