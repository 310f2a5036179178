/** The geographic frame: a projection fitted to the plot, zoom views, and fitting a box. */
import { describe, expect, test } from 'vitest';
import { geoConicEqualArea, geoMercator } from 'd3';
import { frameLayout } from '../../../src/lib/charts/frame';
import {
	applyView,
	fitProjection,
	fitView,
	projectBox,
	viewTransform
} from '../../../src/lib/charts/geo';

const box = (w: number, s: number, e: number, n: number) => ({
	type: 'MultiPoint' as const,
	coordinates: [
		[w, s],
		[e, s],
		[w, n],
		[e, n]
	]
});

describe('a geographic frame', () => {
	test('the projection fits what must show into the plot; the scales are its pixels', () => {
		const f = frameLayout({
			width: 400,
			height: 300,
			margin: { top: 0, right: 0, bottom: 0, left: 0 },
			projection: { projection: () => geoMercator(), fit: box(100, 20, 120, 40), padding: 10 }
		});
		const p = f.projection!;
		const corners = [p([100, 20])!, p([120, 40])!];
		const xs = corners.map((c) => c[0]);
		const ys = corners.map((c) => c[1]);
		// One side fills the plot less its padding; nothing falls outside.
		const fills =
			Math.abs(Math.max(...xs) - Math.min(...xs) - 380) < 0.5 ||
			Math.abs(Math.max(...ys) - Math.min(...ys) - 280) < 0.5;
		expect(fills).toBe(true);
		for (const [x, y] of corners) {
			expect(x).toBeGreaterThanOrEqual(10 - 1e-6);
			expect(x).toBeLessThanOrEqual(390 + 1e-6);
			expect(y).toBeGreaterThanOrEqual(10 - 1e-6);
			expect(y).toBeLessThanOrEqual(290 + 1e-6);
		}
		expect(f.x.map(123)).toBe(123);
		expect(f.y.map(45)).toBe(45);
		expect(f.xTicks).toEqual([]);
		expect(f.plot.left).toBe(0);
	});

	test('a frame with scales has no projection', () => {
		const f = frameLayout({
			width: 300,
			height: 200,
			x: { type: 'linear', domain: [0, 1] },
			y: { type: 'linear', domain: [0, 1] }
		});
		expect(f.projection).toBeNull();
	});

	test('a projection of its own (an inset) fits its box and is clipped to it', () => {
		const p = fitProjection(
			{
				projection: () => geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]),
				fit: box(106, 3, 123, 24)
			},
			{ left: 300, top: 200, right: 360, bottom: 280 }
		);
		const [x, y] = p([115, 12])!;
		expect(x).toBeGreaterThan(300);
		expect(x).toBeLessThan(360);
		expect(y).toBeGreaterThan(200);
		expect(y).toBeLessThan(280);
		expect(p.clipExtent()).toEqual([
			[300, 200],
			[360, 280]
		]);
	});
});

describe('zoom views', () => {
	test('a view scales then translates, as its SVG transform does', () => {
		const v = { k: 2, x: -100, y: -50 };
		expect(applyView(v, 80, 40)).toEqual({ x: 60, y: 30 });
		expect(viewTransform(v)).toBe('translate(-100,-50) scale(2)');
	});

	test('fitting a box centres it, fills the view on one side, and stays in the map', () => {
		const b = { x0: 450, y0: 300, x1: 650, y1: 350 };
		const v = fitView(b, 800, 600, 8);
		expect(v.k).toBe(4); // 800 / 200 wide, 600 / 50 tall: the width decides
		const c = applyView(v, 550, 325);
		expect(c.x).toBeCloseTo(400, 6);
		expect(c.y).toBeCloseTo(300, 6);
		// at the edge of the map it is not centred past the border
		const edge = fitView({ x0: 0, y0: 0, x1: 40, y1: 30 }, 800, 600, 8);
		expect(edge).toEqual({ k: 8, x: 0, y: 0 });
		// the whole map needs no zoom; a tiny box stops at the limit
		expect(fitView({ x0: 0, y0: 0, x1: 800, y1: 600 }, 800, 600, 8).k).toBe(1);
		expect(fitView({ x0: 400, y0: 300, x1: 401, y1: 301 }, 800, 600, 8).k).toBe(8);
	});

	test('a longitude/latitude box projects to the box around its corners and edges', () => {
		const flat = (lon: number, lat: number): [number, number] => [lon * 10, -lat * 10];
		expect(projectBox({ west: 100, south: 20, east: 110, north: 30 }, flat)).toEqual({
			x0: 1000,
			y0: -300,
			x1: 1100,
			y1: -200
		});
		expect(projectBox({ west: 0, south: 0, east: 1, north: 1 }, () => null)).toBeNull();
	});
});
