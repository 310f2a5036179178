import { describe, expect, test } from 'vitest';
import { stackedShareLayout } from '../../src/lib/charts/views/stacked-share-layout';
import { divergingLayout, shareDifferences } from '../../src/lib/charts/views/diverging-layout';
import { smallMultiplesLayout } from '../../src/lib/charts/views/small-multiples-layout';

const cells = [
	{ grp: 'c37', category: 'a', share: 0.6, amount: 6 },
	{ grp: 'c37', category: 'b', share: 0.4, amount: 4 },
	{ grp: 'c86', category: 'a', share: 0.2, amount: 2 },
	{ grp: 'c86', category: 'b', share: 0.8, amount: 8 },
	{ grp: 'national', category: 'a', share: 0.5, amount: 10 },
	{ grp: 'national', category: 'b', share: 0.5, amount: 10 }
];

describe('stackedShareLayout', () => {
	const base = { cells, groups: ['c37', 'c86', 'national'], categories: ['a', 'b'], width: 520 };
	test('segments fill the bar from left to right', () => {
		const l = stackedShareLayout({ ...base, sortBy: null });
		expect(l.rows.map((r) => r.grp)).toEqual(['c37', 'c86', 'national']);
		const [a, b] = l.rows[0]!.segments;
		expect(a!.x).toBe(l.plot.left);
		expect(a!.width).toBeCloseTo((l.plot.right - l.plot.left) * 0.6, 9);
		expect(b!.x + b!.width).toBeCloseTo(l.plot.right, 9);
	});

	test('sorting by a category puts it first and orders bars by it; pinned stays last', () => {
		const l = stackedShareLayout({ ...base, sortBy: 'b', pinned: ['national'] });
		expect(l.rows.map((r) => r.grp)).toEqual(['c86', 'c37', 'national']);
		expect(l.rows[0]!.segments[0]!.category).toBe('b');
	});
});

describe('difference view', () => {
	test('cohort share minus national share', () => {
		const rows = shareDifferences(cells, ['c37', 'c86', 'call'], ['a', 'b'], 'national');
		expect(rows.map((r) => [r.category, r.grp, +r.diff.toFixed(9)])).toEqual([
			['a', 'c37', 0.1],
			['a', 'c86', -0.3],
			['b', 'c37', -0.1],
			['b', 'c86', 0.3]
		]);
		const l = divergingLayout(rows, ['a', 'b'], 600);
		const neg = l.bars.find((b) => b.diff < 0)!;
		expect(neg.x + neg.width).toBeCloseTo(l.zero, 9);
		expect(l.zero).toBeCloseTo((l.plot.left + l.plot.right) / 2, 9);
	});
});

describe('smallMultiplesLayout', () => {
	test('one panel per category in a grid, one line per group present', () => {
		const rows = [2019, 2020].flatMap((year) =>
			cells.map((c) => ({ year, grp: c.grp, category: c.category, share: c.share }))
		);
		const l = smallMultiplesLayout({
			rows,
			categories: ['a', 'b'],
			groups: ['c37', 'c86', 'call', 'national'],
			width: 400
		});
		expect(l.panels).toHaveLength(2);
		expect(l.panels[1]!.left).toBeGreaterThan(0);
		expect(l.panels[0]!.lines.map((x) => x.grp)).toEqual(['c37', 'c86', 'national']);
		expect(l.panels[0]!.lines[0]!.d).toMatch(/^M/);
	});
});
