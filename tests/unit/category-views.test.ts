/** The category views' pure parts: bar and segment order, differences, the small-multiples grid. */
import { describe, expect, test } from 'vitest';
import { shareOrder } from '../../src/lib/charts/views/share-bars';
import { everyNthYear, panelGrid, panelY } from '../../src/lib/charts/views/small-multiples';
import { shareDifferences } from '../../src/lib/components/categories/differences';
import { barSpans } from '../../src/lib/charts/marks/bars';
import { columnFormat } from '../../src/lib/format/column';

const cells = [
	{ grp: 'c37', category: 'a', share: 0.6, amount: 6 },
	{ grp: 'c37', category: 'b', share: 0.4, amount: 4 },
	{ grp: 'c86', category: 'a', share: 0.2, amount: 2 },
	{ grp: 'c86', category: 'b', share: 0.8, amount: 8 },
	{ grp: 'national', category: 'a', share: 0.5, amount: 10 },
	{ grp: 'national', category: 'b', share: 0.5, amount: 10 }
];

describe('100 % stacked bars', () => {
	const base = { cells, groups: ['c37', 'c86', 'national'], categories: ['a', 'b'] };

	test('in the groups’ order, segments stacked left to right to 100 %', () => {
		const o = shareOrder({ ...base, sortBy: null });
		expect(o.bars).toEqual(['c37', 'c86', 'national']);
		expect(o.segments).toEqual(['a', 'b']);
		const spans = barSpans({
			rows: o.rows,
			band: (r) => r.grp,
			value: (r) => r.share,
			offset: 'stack'
		});
		const c37 = spans.filter((s) => s.band === 'c37');
		expect(c37.map((s) => [s.v0, s.v1])).toEqual([
			[0, 0.6],
			[0.6, 1]
		]);
	});

	test('sorting by a category puts it first and orders bars by it; pinned stays last', () => {
		const o = shareOrder({ ...base, sortBy: 'b', pinned: ['national'] });
		expect(o.bars).toEqual(['c86', 'c37', 'national']);
		expect(o.segments).toEqual(['b', 'a']);
		expect(o.rows.map((r) => `${r.grp}|${r.category}`)).toEqual([
			'c86|b',
			'c86|a',
			'c37|b',
			'c37|a',
			'national|b',
			'national|a'
		]);
	});

	test('a category with no share draws no segment', () => {
		const o = shareOrder({
			...base,
			cells: [...cells.slice(0, 5), { ...cells[5]!, share: 0 }],
			sortBy: null
		});
		expect(o.rows.filter((r) => r.grp === 'national').map((r) => r.category)).toEqual(['a']);
	});
});

describe('difference from the national mix', () => {
	test('cohort share minus national share, for the cohorts present', () => {
		const rows = shareDifferences(cells, ['c37', 'c86', 'call'], ['a', 'b'], 'national');
		expect(rows.map((r) => [r.category, r.grp, +r.diff.toFixed(9)])).toEqual([
			['a', 'c37', 0.1],
			['a', 'c86', -0.3],
			['b', 'c37', -0.1],
			['b', 'c86', 0.3]
		]);
	});

	test('the difference reads from the shares as shown: 26.9 % against 27.4 % is −0.5 pp', () => {
		const [d] = shareDifferences(
			[
				{ grp: 'c37', category: 'a', share: 0.26949 },
				{ grp: 'national', category: 'a', share: 0.27351 }
			],
			['c37'],
			['a'],
			'national'
		);
		const shares = columnFormat([d!.share, d!.national], 'share', 'en');
		expect([shares.format(d!.share), shares.format(d!.national)]).toEqual(['26.9%', '27.4%']);
		expect(d!.diff).toBeCloseTo(-0.00402, 9);
		expect(shares.difference(d!.share, d!.national)).toBe('−0.5 pp');
		expect(columnFormat([d!.share], 'share', 'zh').difference(d!.share, d!.national)).toBe(
			'−0.5个百分点'
		);
	});
});

describe('small multiples', () => {
	test('as many columns as fit 140 px panels, at most five', () => {
		expect(panelGrid(390)).toEqual({ columns: 2, gap: 16, panelWidth: 187 });
		expect(panelGrid(150).columns).toBe(1);
		const wide = panelGrid(1300);
		expect(wide.columns).toBe(5);
		expect(wide.columns * wide.panelWidth + (wide.columns - 1) * wide.gap).toBeLessThanOrEqual(
			1300
		);
	});

	test('years every n-th from the first, and the last always', () => {
		const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
		expect(everyNthYear(years, 12)).toEqual(years);
		expect(everyNthYear(years, 4)).toEqual([2016, 2019, 2022, 2025]);
		const eleven = [...years, 2026];
		const ticks = everyNthYear(eleven, 4);
		expect(ticks[0]).toBe(2016);
		expect(ticks.at(-1)).toBe(2026);
		for (let i = 1; i < ticks.length; i++)
			expect(ticks[i]! - ticks[i - 1]!).toBeGreaterThanOrEqual(2);
	});

	test("a panel's y axis runs from zero to a round top that is labelled", () => {
		const beauty = panelY([0.22, 0.31, null]);
		expect(beauty.domain).toEqual([0, 0.4]);
		expect(beauty.ticks.at(-1)).toBe(0.4);
		expect(beauty.ticks[0]).toBe(0);
		const small = panelY([0.052, 0.058]);
		expect(small.ticks.at(-1)).toBeCloseTo(small.domain[1], 12);
		expect(small.domain[1]).toBeGreaterThanOrEqual(0.058);
		expect(panelY([null]).domain).toEqual([0, 1]);
	});
});
