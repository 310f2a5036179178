/** The frame: plot rectangle, margins from the axis labels, ticks, and room for guides above. */
import { describe, expect, test } from 'vitest';
import { frameLayout } from '../../../src/lib/charts/frame';
import { placeTicks, yearTicks } from '../../../src/lib/charts/ticks';
import { makeScale } from '../../../src/lib/charts/scales';
import { ellipsize, textWidth, wrapText } from '../../../src/lib/charts/text-width';

const months = (from: number, to: number) => [Date.UTC(from, 0, 1), Date.UTC(to, 11, 1)];

describe('frame layout', () => {
	test('the left margin fits the widest y label; scales span the plot', () => {
		const f = frameLayout({
			width: 600,
			height: 300,
			x: { type: 'time', domain: months(2016, 2024) },
			y: { type: 'linear', values: [0, 12.3e9], format: 'cny' }
		});
		const widest = Math.max(...f.yTicks.map((t) => textWidth(t.label)));
		expect(f.plot.left).toBe(Math.max(28, Math.ceil(widest) + 12));
		expect(f.plot.right).toBe(600 - 16);
		expect(f.x.map(months(2016, 2024)[0]!)).toBe(f.plot.left);
		expect(f.y.map(0)).toBe(f.plot.bottom);
		expect(f.yTicks.map((t) => t.label)).toContain('¥10 bn');
		expect(f.xTicks[0]!.label).toBe('2016');
	});

	test('a guide that needs room above the plot gets it, and the frame grows by as much', () => {
		const base = {
			width: 500,
			height: 200,
			x: { type: 'linear' as const, domain: [0, 1] },
			y: { type: 'linear' as const, domain: [0, 1] }
		};
		const plain = frameLayout(base);
		const roomy = frameLayout({ ...base, top: () => 52 });
		expect(roomy.plot.top - plain.plot.top).toBe(52);
		expect(roomy.height - plain.height).toBe(52);
		expect(roomy.plot.height).toBe(plain.plot.height);
		expect(roomy.yTicks.map((t) => t.label)).toEqual(plain.yTicks.map((t) => t.label));
	});

	test('a log y counts the values it cannot draw', () => {
		const f = frameLayout({
			width: 400,
			height: 200,
			x: { type: 'linear', domain: [0, 3] },
			y: { type: 'log', values: [0, 10, 1000, -1], format: 'count' }
		});
		expect(f.excluded.y).toBe(2);
		expect(f.y.map(10)).toBe(f.plot.bottom);
	});

	test('a band y runs top to bottom and labels every band', () => {
		const f = frameLayout({
			width: 400,
			height: 120,
			margin: { left: 100 },
			x: { type: 'linear', domain: [0, 1] },
			y: { type: 'band', domain: ['beauty', 'food'], padding: 0 }
		});
		expect(f.y.map('beauty')).toBe(f.plot.top);
		expect(f.yTicks.map((t) => t.value)).toEqual(['beauty', 'food']);
		expect(f.yTicks[0]!.px).toBe(f.plot.top + f.y.bandwidth / 2);
	});
});

describe('ticks', () => {
	test('years every 1, 2 or 5 as the width allows', () => {
		const wide = makeScale('time', months(2016, 2024), [0, 1200]);
		const narrow = makeScale('time', months(2016, 2024), [0, 300]);
		const year = (ms: number) => new Date(ms).getUTCFullYear();
		expect(yearTicks(wide).map(year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(yearTicks(narrow).map(year)).toEqual([2016, 2018, 2020, 2022, 2024]);
	});

	test('x labels that would overlap are dropped, never moved', () => {
		const x = makeScale('linear', [0, 10], [0, 100]);
		const ticks = placeTicks(x, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (v) => `label ${v}`, 'x');
		for (const t of ticks) expect(t.px).toBe(x.map(t.value));
		for (let i = 1; i < ticks.length; i++)
			expect(ticks[i]!.px - ticks[i - 1]!.px).toBeGreaterThanOrEqual(textWidth('label 10'));
		expect(ticks.length).toBeLessThan(11);
	});

	test('text widths count CJK glyphs as a full em', () => {
		expect(textWidth('ab', 10)).toBeCloseTo(11, 9);
		expect(textWidth('美妆', 10)).toBe(20);
	});

	test('a long label wraps at spaces or between CJK glyphs, then ends in an ellipsis', () => {
		expect(wrapText('Beauty and toiletries', 500)).toEqual(['Beauty and toiletries']);
		const two = wrapText('Infant formula and mother-and-baby', 130, 12);
		expect(two).toEqual(['Infant formula and', 'mother-and-baby']);
		for (const line of two) expect(textWidth(line, 12)).toBeLessThanOrEqual(130);
		expect(wrapText('母婴用品及婴幼儿配方奶粉', 60, 12)).toEqual(['母婴用品及', '婴幼儿配…']);
		const cut = wrapText('one two three four five six seven', 60, 12);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		expect(ellipsize('abcdefghij', 30, 10)).toMatch(/^abc.*…$/);
		expect(textWidth(ellipsize('abcdefghij', 30, 10), 10)).toBeLessThanOrEqual(30);
	});

	test('band labels take at most 38 % of a narrow frame and wrap inside it', () => {
		const long = 'Infant formula and mother-and-baby';
		const f = frameLayout({
			width: 390,
			height: 200,
			x: { type: 'linear', domain: [0, 1] },
			y: { type: 'band', domain: [long, 'Other'] }
		});
		expect(f.plot.left).toBeLessThanOrEqual(Math.ceil(390 * 0.38) + 1);
		expect(f.plot.left).toBeGreaterThan(textWidth('mother-and-baby', 12));
		const wide = frameLayout({
			width: 1200,
			height: 200,
			x: { type: 'linear', domain: [0, 1] },
			y: { type: 'band', domain: [long] }
		});
		expect(wide.plot.left).toBe(Math.ceil(textWidth(long, 12)) + 12);
	});
});
