/** Where a province filter points the map, and the one format the area views share. */
import { describe, expect, test } from 'vitest';
import { provinceExtent } from '../../../src/lib/components/map/focus';
import { areaLegend, areaView } from '../../../src/lib/components/map/area-view';
import type { AreaTotals } from '../../../src/lib/charts/views/map/area-metrics';
import { referenceCsv } from '../../helpers/reference';

const places = referenceCsv('cities').map((c) => ({
	province_code: c.admin_code ? `${c.admin_code.slice(0, 2)}0000` : '130000',
	lon: Number(c.lon),
	lat: Number(c.lat)
}));

describe('provinceExtent', () => {
	test('no province, or one without places: no fit', () => {
		expect(provinceExtent([], places)).toBeNull();
		expect(provinceExtent(['710000'], places)).toBeNull();
	});

	test('holds every place of the province with a degree to spare', () => {
		const zj = places.filter((p) => p.province_code === '330000');
		const box = provinceExtent(['330000'], places)!;
		const lons = zj.map((p) => p.lon);
		const lats = zj.map((p) => p.lat);
		expect(box.west).toBeLessThanOrEqual(Math.min(...lons) - 1);
		expect(box.east).toBeGreaterThanOrEqual(Math.max(...lons) + 1);
		expect(box.south).toBeLessThanOrEqual(Math.min(...lats) - 1);
		expect(box.north).toBeGreaterThanOrEqual(Math.max(...lats) + 1);
	});

	test('a municipality (one place) is shown at least 5° by 4°, centred on it', () => {
		const [sh] = places.filter((p) => p.province_code === '310000');
		const box = provinceExtent(['310000'], places)!;
		expect(box.east - box.west).toBeCloseTo(5, 9);
		expect(box.north - box.south).toBeCloseTo(4, 9);
		expect((box.west + box.east) / 2).toBeCloseTo(sh!.lon, 9);
		expect((box.south + box.north) / 2).toBeCloseTo(sh!.lat, 9);
	});

	test('two provinces: the box covers both', () => {
		const two = provinceExtent(['330000', '650000'], places)!;
		const zj = provinceExtent(['330000'], places)!;
		const xj = provinceExtent(['650000'], places)!;
		expect(two.west).toBeCloseTo(Math.min(zj.west, xj.west), 0);
		expect(two.east).toBeCloseTo(Math.max(zj.east, xj.east), 0);
	});
});

describe('areaView', () => {
	const totals = (values: number[]) =>
		new Map(
			values.map((v, i): [string, AreaTotals] => [
				String(i),
				{ value: v, rate_orders: 1e6, cases: v / 1e4, cities: i + 1 }
			])
		);

	test('one unit for every area, and the smallest value still shows a digit', () => {
		const view = areaView(totals([3.2e9, 8.1e8, 1.2e6, 4.5e5]), 'value', 'en');
		const shown = ['0', '1', '2', '3'].map((c) => view.format(view.valueOf(c)));
		const units = new Set(shown.map((s) => s.replace(/[\d.,\s]/g, '')));
		expect(units.size).toBe(1);
		// 450,000 in the column's unit is not rounded away to nothing.
		expect(shown[3]).toMatch(/[1-9]/);
	});

	test('the pilot-city count is a whole number', () => {
		const view = areaView(totals([1, 2, 3]), 'cities', 'en');
		expect(view.format(view.valueOf('2'))).toBe('3');
	});

	test('an area without totals has no value', () => {
		const view = areaView(totals([1e6]), 'value', 'en');
		expect(view.valueOf('missing')).toBeNull();
	});

	test('one area with data: one class, named by its value, said to be one', () => {
		const legend = areaLegend(areaView(totals([5.29e10]), 'value', 'en'));
		expect(legend.classes).toHaveLength(1);
		expect(legend.classes[0]!.label).not.toContain('–');
		expect(legend.scale).toContain('only one area has data');
	});

	test('several areas: ranges at the quintiles', () => {
		const legend = areaLegend(areaView(totals([1e6, 2e6, 4e6, 8e6, 1.6e7, 3.2e7]), 'value', 'en'));
		expect(legend.classes.length).toBeGreaterThan(1);
		expect(legend.classes[0]!.label).toContain('–');
		expect(legend.scale).toContain('quintiles');
	});
});
