import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBoundaryText } from '../../../src/lib/geo/boundary-file';
import { matchBoundaries } from '../../../src/lib/geo/boundary-codes';
import { boundaryLayout } from '../../../src/lib/charts/views/map/boundary-layout';
import { PROVINCE_CODES, REFERENCE_CITY_CODES } from '../../helpers/map-reference';

const text = readFileSync(
	resolve(import.meta.dirname, '../../fixtures/boundaries/provinces-squares.geojson'),
	'utf8'
);

describe('boundaryLayout', () => {
	test('fits every feature, rewound, inside the box (an unrewound ring would fill it)', () => {
		const m = matchBoundaries(readBoundaryText(text).features, {
			provinces: PROVINCE_CODES,
			cities: REFERENCE_CITY_CODES
		});
		const paths = boundaryLayout([...m.matched, ...m.unmatched], 600, 444);
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
