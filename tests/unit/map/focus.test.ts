import { describe, expect, test } from 'vitest';
import {
	fitTransform,
	MAX_ZOOM,
	projectBox,
	provinceExtent
} from '../../../src/lib/components/map/focus';
import { chinaMapLayout } from '../../../src/lib/charts/views/map/china-map-layout';
import { REFERENCE_CITIES } from '../../../src/lib/reference/cities';

const places = REFERENCE_CITIES.map((c) => ({
	province_code: c.province_code,
	lon: c.lon,
	lat: c.lat
}));

describe('fitting the map to provinces', () => {
	test('no province, or one with no places, means no fit', () => {
		expect(provinceExtent([], places)).toBeNull();
		expect(provinceExtent(['540000'], places)).toBeNull(); // Tibet: no pilot place in the list
	});

	test('the extent holds every place of the province, with a margin', () => {
		const box = provinceExtent(['440000'], places)!;
		for (const p of places.filter((p) => p.province_code === '440000')) {
			expect(p.lon).toBeGreaterThan(box.west);
			expect(p.lon).toBeLessThan(box.east);
			expect(p.lat).toBeGreaterThan(box.south);
			expect(p.lat).toBeLessThan(box.north);
		}
	});

	test('a municipality gets at least a few degrees, not one point', () => {
		const box = provinceExtent(['110000'], places)!;
		expect(box.east - box.west).toBeGreaterThanOrEqual(5);
		expect(box.north - box.south).toBeGreaterThanOrEqual(4);
	});

	test('two provinces fit together', () => {
		const both = provinceExtent(['440000', '650000'], places)!;
		const gd = provinceExtent(['440000'], places)!;
		expect(both.west).toBeLessThan(gd.west - 20); // Xinjiang is far west
	});

	test('the zoom centres the box, fits it, stays within the limits and inside the map', () => {
		const layout = chinaMapLayout({ type: 'FeatureCollection', features: [] }, 800);
		const box = projectBox(provinceExtent(['440000'], places)!, layout.project)!;
		const { k, x, y } = fitTransform(box, layout.width, layout.height);
		expect(k).toBeGreaterThan(2);
		expect(k).toBeLessThanOrEqual(MAX_ZOOM);
		// The box's centre lands at the view's centre, and the box fits in the view.
		const cx = ((box.x0 + box.x1) / 2) * k + x;
		const cy = ((box.y0 + box.y1) / 2) * k + y;
		expect(Math.abs(cx - layout.width / 2)).toBeLessThan(1);
		expect(Math.abs(cy - layout.height / 2)).toBeLessThan(1);
		expect((box.x1 - box.x0) * k).toBeLessThanOrEqual(layout.width + 1e-6);
		expect((box.y1 - box.y0) * k).toBeLessThanOrEqual(layout.height + 1e-6);
		// A box at the edge is not centred past the map's border.
		const edge = fitTransform({ x0: 0, y0: 0, x1: 40, y1: 30 }, 800, 592);
		expect(edge.x).toBe(0);
		expect(edge.y).toBe(0);
		expect(fitTransform({ x0: 0, y0: 0, x1: 800, y1: 592 }, 800, 592).k).toBe(1);
	});
});
