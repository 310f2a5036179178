/** The funnel plot in data units, and labels beside points that never overlap. */
import { describe, expect, test } from 'vitest';
import {
	byDistance,
	decades,
	funnelDomains,
	limitCurves,
	ratePer10k
} from '../../src/lib/charts/views/funnel';
import { placeLabels } from '../../src/lib/charts/marks/labels';
import { funnelBands } from '../../src/lib/stats/funnel';
import { textWidth } from '../../src/lib/charts/text-width';

const cities = [
	{ code: 'a', cases: 250, orders: 1e6 },
	{ code: 'b', cases: 40, orders: 1e5 },
	{ code: 'c', cases: 2, orders: 2e4 }
];
const theta = 2.5e-4;

describe('funnel plot', () => {
	test('the domains hold every city and the overall rate, with room', () => {
		const d = funnelDomains(cities, theta);
		expect(d.x[0]).toBeLessThan(2e4);
		expect(d.x[1]).toBeGreaterThan(1e6);
		for (const c of cities) {
			expect(ratePer10k(c)).toBeGreaterThan(d.y[0]);
			expect(ratePer10k(c)).toBeLessThan(d.y[1]);
		}
		expect(d.y[0]).toBeGreaterThanOrEqual(0);
	});

	test('the limits are the Poisson limits at each volume, two lines per level', () => {
		const x: [number, number] = [1e4, 1e6];
		const curves = limitCurves(theta, x, 20);
		expect(new Set(curves.map((c) => c.line))).toEqual(
			new Set(['0.95-upper', '0.95-lower', '0.998-upper', '0.998-lower'])
		);
		const at = curves.filter((c) => c.orders === 1e6);
		const [b95, b998] = funnelBands(theta, 1e6);
		expect(at.find((c) => c.line === '0.95-upper')!.rate).toBeCloseTo(b95!.upper * 1e4, 9);
		expect(at.find((c) => c.line === '0.998-lower')!.rate).toBeCloseTo(b998!.lower * 1e4, 9);
		expect(curves.filter((c) => c.line === '0.95-upper')).toHaveLength(21);
		// The funnel narrows as volume grows.
		const width = (n: number) => {
			const [b] = funnelBands(theta, n, [0.95]);
			return b!.upper - b!.lower;
		};
		expect(width(1e6)).toBeLessThan(width(1e4));
	});

	test('the x axis labels decades only', () => {
		expect(decades([6000, 1.5e6])).toEqual([1e4, 1e5, 1e6]);
	});

	test('cities by distance from the overall rate, the farthest first', () => {
		const far = { code: 'far', cases: 600, orders: 1e6 };
		const sorted = byDistance([...cities, far], theta);
		expect(sorted[0]!.code).toBe('far');
		expect(sorted.at(-1)!.code).toBe('a');
	});
});

describe('labels beside points', () => {
	test('the first candidates get labels, none overlapping another or a mark', () => {
		const candidates = Array.from({ length: 12 }, (_, i) => ({
			key: `c${i}`,
			x: 300,
			y: 100 + i * 3,
			text: 'Some long city name'
		}));
		const placed = placeLabels(candidates, candidates, { left: 0, right: 600 });
		expect(placed.size).toBeGreaterThan(0);
		expect(placed.size).toBeLessThan(candidates.length);
		expect(placed.has('c0')).toBe(true);
		const sides = [...placed].map(([key, p]) => ({
			y: candidates.find((c) => c.key === key)!.y,
			anchor: p.anchor
		}));
		for (const a of sides)
			for (const b of sides)
				if (a !== b && a.anchor === b.anchor)
					expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(13);
	});

	test('a label that would leave the plot goes to the other side; one that fits nowhere is left out', () => {
		const text = 'Near the edge';
		const edge = placeLabels([{ key: 'a', x: 590, y: 50, text }], [], { left: 0, right: 600 });
		expect(edge.get('a')).toEqual({ dx: -7, anchor: 'end' });
		const w = textWidth(text, 10.5);
		const none = placeLabels([{ key: 'a', x: 50, y: 50, text }], [], { left: 0, right: w });
		expect(none.size).toBe(0);
	});

	test('a label never covers a mark', () => {
		const placed = placeLabels(
			[{ key: 'a', x: 100, y: 50, text: 'Label' }],
			[{ x: 120, y: 50, r: 5 }],
			{ left: 0, right: 600 }
		);
		expect(placed.get('a')).toEqual({ dx: -7, anchor: 'end' });
	});
});
