import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBoundaryText } from '../../../src/lib/geo/boundary-file';
import { matchBoundaries } from '../../../src/lib/geo/boundary-codes';
import { geoPath } from 'd3';
import { boundaryGeo } from '../../../src/lib/charts/views/map/boundary-layout';
import { frameLayout } from '../../../src/lib/charts/frame';
import { PROVINCE_CODES, REFERENCE_CITY_CODES } from '../../helpers/map-reference';

const text = readFileSync(
	resolve(import.meta.dirname, '../../fixtures/boundaries/provinces-squares.geojson'),
	'utf8'
);

describe('boundaryGeo', () => {
	test('fits every feature, rewound, inside the box (an unrewound ring would fill it)', () => {
		const m = matchBoundaries(readBoundaryText(text).features, {
			provinces: PROVINCE_CODES,
			cities: REFERENCE_CITY_CODES
		});
		const { areas, spec } = boundaryGeo(m);
		const frame = frameLayout({
			width: 600,
			height: 444,
			margin: { top: 0, right: 0, bottom: 0, left: 0 },
			projection: spec
		});
		const path = geoPath(frame.projection!);
		const paths = areas.map((a) => ({ ...a.match, d: path(a) ?? '' }));
		expect(paths.filter((p) => p.matched)).toHaveLength(m.matched.length);
		expect(paths).toHaveLength(6);
		for (const p of paths) {
			const xs = [...p.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((x) => Number(x[1]));
			const ys = [...p.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((x) => Number(x[2]));
			expect(Math.min(...xs)).toBeGreaterThanOrEqual(7);
			expect(Math.max(...xs)).toBeLessThanOrEqual(593);
			expect(Math.max(...ys)).toBeLessThanOrEqual(437);
			// a square of a few degrees, not the whole map
			expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(400);
		}
		const gd = paths.find((p) => p.code === '440000')!;
		const bj = paths.find((p) => p.code === '110000')!;
		expect(gd.d.length).toBeGreaterThan(0);
		expect(bj.name).toBe('北京市');
	});
});
