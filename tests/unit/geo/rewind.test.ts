import { describe, expect, test } from 'vitest';
import { geoArea } from 'd3';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { isD3Wound, rewindGeometry, rewindPolygon } from '../../../src/lib/geo/rewind';

// A 1° square at (116, 39), counter-clockwise as RFC 7946 writes outer rings.
const ccw: Position[] = [
	[116, 39],
	[117, 39],
	[117, 40],
	[116, 40],
	[116, 39]
];
const cw = [...ccw].reverse();
const hole: Position[] = [
	[116.25, 39.25],
	[116.75, 39.25],
	[116.75, 39.75],
	[116.25, 39.75],
	[116.25, 39.25]
];
const area = (rings: Position[][]) => geoArea({ type: 'Polygon', coordinates: rings });

describe('rewindPolygon', () => {
	test('an RFC 7946 (counter-clockwise) outer ring covers the globe until rewound', () => {
		expect(area([ccw])).toBeGreaterThan(2 * Math.PI);
		const rewound = rewindPolygon([ccw]);
		expect(rewound[0]).toEqual(cw);
		expect(area(rewound)).toBeCloseTo(area([cw]), 12);
		expect(area(rewound)).toBeLessThan(1e-3);
	});

	test('a ring already clockwise is kept as it is', () => {
		const ring = [cw];
		expect(rewindPolygon(ring)[0]).toBe(cw);
	});

	test('holes are wound opposite to the outer ring, whatever the input', () => {
		for (const outer of [ccw, cw])
			for (const h of [hole, [...hole].reverse()]) {
				const rewound = rewindPolygon([outer, h]);
				// a square minus a half-size square: three quarters of the area
				expect(area(rewound) / area([cw])).toBeCloseTo(0.75, 2);
			}
	});

	test('rewinding twice changes nothing', () => {
		const once = rewindPolygon([ccw, hole]);
		expect(rewindPolygon(once)).toEqual(once);
	});
});

describe('rewindGeometry', () => {
	test('rewinds every polygon of a MultiPolygon and reports the result as d3-wound', () => {
		const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ccw], [cw]] };
		expect(isD3Wound(multi)).toBe(false);
		const rewound = rewindGeometry(multi);
		expect(isD3Wound(rewound)).toBe(true);
		expect(rewound.coordinates[1]![0]).toBe(cw);
	});

	test('leaves the input untouched and passes other geometries through', () => {
		const polygon: Polygon = { type: 'Polygon', coordinates: [ccw] };
		rewindGeometry(polygon);
		expect(polygon.coordinates[0]).toBe(ccw);
		const point: Point = { type: 'Point', coordinates: [1, 2] };
		expect(rewindGeometry(point)).toBe(point);
	});
});
