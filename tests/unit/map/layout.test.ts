/** Projection, scales and tile positions of the map views. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { buildOutline } from '../../../scripts/geo/outline';
import { geoPath } from 'd3';
import {
	CAPTION_ROOM,
	bubbleRadius,
	chinaMap,
	chinaProjection,
	maxBubbleRadius
} from '../../../src/lib/charts/views/map/china-map-layout';
import { tileGrid } from '../../../src/lib/charts/views/map/tile-layout';
import { frameLayout } from '../../../src/lib/charts/frame';
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

describe('chinaMap', () => {
	const map = chinaMap(900);
	const frame = frameLayout({
		width: map.width,
		height: map.plotHeight + CAPTION_ROOM,
		margin: { top: 0, right: 0, bottom: CAPTION_ROOM, left: 0 },
		projection: map.main
	});
	const project = (lon: number, lat: number) => frame.projection!([lon, lat])!;

	test('every reference city lands inside the map, in the right order east to west', () => {
		const at = new Map(
			referenceCsv('cities').map((c) => [c.name_en!, project(Number(c.lon), Number(c.lat))])
		);
		for (const [name, [x, y]] of at) {
			expect(x, name).toBeGreaterThan(0);
			expect(x, name).toBeLessThan(map.width);
			expect(y, name).toBeGreaterThan(0);
			expect(y, name).toBeLessThan(map.plotHeight);
		}
		expect(at.get('Shanghai')![0]).toBeGreaterThan(at.get('Chengdu')![0]);
		expect(at.get('Harbin')![1]).toBeLessThan(at.get('Guangzhou')![1]);
	});

	test('draws China and its neighbours, and China again in the South China Sea inset', () => {
		const main = geoPath(frame.projection!);
		const china = outline.features.find((f) => f.properties?.china)!;
		expect(main(china)).toMatch(/^M/);
		expect(outline.features.filter((f) => main(f)).length).toBeGreaterThan(10);
		const inset = geoPath(map.inset.projection);
		expect(inset(china)).toMatch(/^M/);
		// The islands at 10°N, 114°E lie inside the inset's box, which lies inside the map.
		const [x, y] = map.inset.projection([114, 10])!;
		expect(x).toBeGreaterThan(map.inset.x);
		expect(x).toBeLessThan(map.inset.x + map.inset.width);
		expect(y).toBeGreaterThan(map.inset.y);
		expect(y).toBeLessThan(map.inset.y + map.inset.height);
		expect(map.inset.x + map.inset.width).toBeLessThanOrEqual(map.width);
		expect(map.inset.y + map.inset.height).toBeLessThanOrEqual(map.plotHeight);
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

describe('tileGrid', () => {
	test('places equal square tiles on distinct cells inside the width', () => {
		const grid = tileGrid(PROVINCE_TILES, 700);
		const f = frameLayout({
			width: grid.width,
			height: grid.height,
			margin: { top: 0, right: 0, bottom: 0, left: 0 },
			x: grid.x,
			y: grid.y
		});
		const cells = PROVINCE_TILES.map((t): [number, number] => [
			f.x.map(String(t.col))!,
			f.y.map(String(t.row))!
		]);
		expect(cells).toHaveLength(34);
		expect(new Set(cells.map(([x, y]) => `${x},${y}`)).size).toBe(34);
		expect(f.x.bandwidth).toBeCloseTo(f.y.bandwidth, 9);
		expect(f.x.bandwidth).toBeCloseTo(grid.size, 9);
		expect(grid.size).toBeLessThanOrEqual(72);
		expect(grid.width).toBeLessThanOrEqual(700);
		for (const [x, y] of cells) {
			expect(x + f.x.bandwidth).toBeLessThanOrEqual(grid.width);
			expect(y + f.y.bandwidth).toBeLessThanOrEqual(grid.height);
		}
		const at = (abbr: string) => cells[PROVINCE_TILES.findIndex((t) => t.abbr_en === abbr)]!;
		expect(at('HL')[1]).toBeLessThan(at('HI')[1]);
		// a phone gets smaller tiles, still at least 28 px
		expect(tileGrid(PROVINCE_TILES, 300).size).toBeGreaterThanOrEqual(28);
	});
});
