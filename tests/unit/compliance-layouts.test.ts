import { describe, expect, test } from 'vitest';
import { funnelLayout, placeLabels } from '../../src/lib/charts/views/funnel-layout';

describe('funnelLayout', () => {
	test('points sit at their orders and rate; limits are paths; the target is a line', () => {
		const points = [
			{ code: 'a', cases: 250, orders: 1e6 },
			{ code: 'b', cases: 40, orders: 1e5 }
		];
		const l = funnelLayout({ points, theta: 2.5e-4, width: 600, height: 360 });
		expect(l.points).toHaveLength(2);
		expect(l.points[0]!.x).toBeGreaterThan(l.points[1]!.x);
		expect(l.points[0]!.y).toBeCloseTo(l.target.y, 6);
		expect(l.target.rate).toBeCloseTo(2.5, 12);
		expect(l.limits.map((x) => x.level)).toEqual([0.95, 0.998]);
		for (const lim of l.limits) expect(lim.upper).toMatch(/^M/);
		expect(l.xTicks.every((t) => Number.isInteger(Math.log10(t.value)))).toBe(true);
	});
});

describe('funnel labels', () => {
	test('named points get labels that never overlap; the most extreme first', () => {
		const points = Array.from({ length: 12 }, (_, i) => ({
			point: { code: `c${i}`, cases: 300 + i * 5, orders: 1e6, name: 'Some long city name' },
			x: 300,
			y: 100 + i * 3
		}));
		const labels = placeLabels(points, 2.5e-4, { left: 0, right: 600 });
		expect(labels.size).toBeGreaterThan(0);
		expect(labels.size).toBeLessThan(points.length);
		expect(labels.has('c11')).toBe(true);
		const boxes = [...labels].map(([code, l]) => {
			const p = points.find((q) => q.point.code === code)!;
			return { y: p.y, side: l.anchor };
		});
		for (const a of boxes)
			for (const b of boxes)
				if (a !== b && a.side === b.side) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(13);
	});

	test('a label that would leave the plot goes to the other side', () => {
		const labels = placeLabels(
			[{ point: { code: 'a', cases: 1, orders: 10, name: 'Near the edge' }, x: 590, y: 50 }],
			0.01,
			{ left: 0, right: 600 }
		);
		expect(labels.get('a')).toEqual({ dx: -7, anchor: 'end' });
	});
});
