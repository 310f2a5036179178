/** Numbers per column: one unit and one number of decimals for a whole column or axis, en and zh. */
import { describe, expect, test } from 'vitest';
import { axisFormat, columnFormat, formatValue } from '../../src/lib/format/column';

const cells = (
	values: number[],
	...args: Parameters<typeof columnFormat> extends [unknown, ...infer R] ? R : never
) => {
	const f = columnFormat(values, ...args);
	return values.map((v) => f.format(v));
};

describe('one unit for a whole column', () => {
	test('yuan: ¥891 m and ¥1.21 bn share a unit (en)', () => {
		expect(cells([891e6, 1.21e9], 'cny', 'en')).toEqual(['¥0.89 bn', '¥1.21 bn']);
	});

	test('yuan: 7930万元 and 1.05亿元 share a unit (zh)', () => {
		expect(cells([7930e4, 1.05e8], 'cny', 'zh')).toEqual(['0.79亿元', '1.05亿元']);
	});

	test('a column that stays in one unit keeps it', () => {
		expect(cells([830e6, 120e6, 455e6], 'cny', 'en')).toEqual(['¥830 m', '¥120 m', '¥455 m']);
		expect(cells([83e4, 12e4], 'cny', 'zh')).toEqual(['83.0万元', '12.0万元']);
	});

	test('a month column from small to large keeps one unit and one decimal count', () => {
		const f = columnFormat([50e6, 100e6, 800e6, 1.5e9, 3.01e9], 'cny', 'zh');
		expect(f.unit.suffix).toBe('亿元');
		expect([50e6, 3.01e9].map(f.format)).toEqual(['0.5亿元', '30.1亿元']);
	});
});

describe('one number of decimals for a whole column', () => {
	test('1.8 never next to 1.81', () => {
		expect(cells([1.8, 1.81], 'rate')).toEqual(['1.80', '1.81']);
		expect(cells([1.8, 1.81], 'rate', 'zh')).toEqual(['1.80', '1.81']);
	});

	test('0.565 never next to 2.2', () => {
		expect(cells([0.566, 2.2], 'rate')).toEqual(['0.57', '2.20']);
	});

	test('shares and changes in percent, signed changes, a true minus', () => {
		expect(cells([0.284, 0.032], 'share')).toEqual(['28.4%', '3.2%']);
		expect(cells([0.169, -0.008], 'change')).toEqual(['+16.9%', '−0.8%']);
		expect(cells([-0.0001], 'change')[0]).not.toContain('+');
	});

	test('counts are whole and grouped, gaps are dashes', () => {
		const f = columnFormat([1234567, 12], 'count');
		expect(f.format(1234567)).toBe('1,234,567');
		expect(f.format(null)).toBe('–');
		expect(f.format(Number.NaN)).toBe('–');
	});
});

describe('intervals and differences', () => {
	test('an interval keeps the estimate’s decimals', () => {
		const rate = columnFormat([2.2, 2.61, 0.9], 'rate');
		expect(rate.format(2.2)).toBe('2.20');
		expect(rate.interval(2.2, 2.24)).toBe('2.20–2.24');
		const cny = columnFormat([1.2e9, 1.25e9], 'cny');
		expect(cny.interval(1.2e9, 1.25e9)).toBe('¥1.20–1.25 bn');
		expect(columnFormat([1.2e8], 'cny', 'zh').interval(1.2e8, 1.5e8)).toBe('1.20–1.50亿元');
	});

	test('a difference is computed from the rounding shown: 26.9 % − 27.4 % = −0.5 pp', () => {
		const f = columnFormat([0.26949, 0.27351], 'share');
		expect([0.26949, 0.27351].map(f.format)).toEqual(['26.9%', '27.4%']);
		// The raw difference is −0.402 pp; what a reader computes from the figures is −0.5.
		expect(f.difference(0.26949, 0.27351)).toBe('−0.5 pp');
		expect(columnFormat([0.26949, 0.27351], 'share', 'zh').difference(0.26949, 0.27351)).toBe(
			'−0.5个百分点'
		);
		expect(f.difference(0.27351, 0.26949)).toBe('+0.5 pp');
		expect(f.difference(0.2, 0.2)).toBe('0.0 pp');
		expect(f.shown(0.26949)).toBeCloseTo(0.269, 12);
	});

	test('a yuan difference stays in the column’s unit', () => {
		const f = columnFormat([891e6, 1.21e9], 'cny');
		expect(f.difference(1.21e9, 891e6)).toBe('+¥0.32 bn');
		expect(columnFormat([7930e4, 1.05e8], 'cny', 'zh').difference(7930e4, 1.05e8)).toBe(
			'−0.26亿元'
		);
	});
});

describe('axes', () => {
	test('one unit from the largest tick, decimals from the step, zero bare', () => {
		const en = axisFormat([0, 0.5e9, 1e9, 1.5e9], 'cny', 'en');
		expect([0, 0.5e9, 1e9, 1.5e9].map(en)).toEqual(['0', '¥0.5 bn', '¥1.0 bn', '¥1.5 bn']);
		const zh = axisFormat([0, 2e8, 4e8], 'cny', 'zh');
		expect([0, 2e8, 4e8].map(zh)).toEqual(['0', '2亿元', '4亿元']);
		const share = axisFormat([0, 0.1, 0.2], 'share');
		expect([0, 0.1, 0.2].map(share)).toEqual(['0%', '10%', '20%']);
		const orders = axisFormat([0, 5e5, 1e6, 1.5e6], 'count', 'en');
		expect([5e5, 1.5e6].map(orders)).toEqual(['0.5 m', '1.5 m']);
		expect(axisFormat([0, 5e7, 1e8], 'count', 'zh')(5e7)).toBe('0.5亿');
		// 1.7 − 1.6 is not quite 0.1 in floating point; the axis still reads one decimal.
		const rates = axisFormat([1.6, 1.7, 1.8], 'rate', 'en');
		expect([1.6, 1.7, 1.8].map(rates)).toEqual(['1.6', '1.7', '1.8']);
	});

	test('a log axis writes each power of ten in its own unit', () => {
		const f = axisFormat([1e6, 1e7, 1e8, 1e9], 'cny', 'en', true);
		expect([1e6, 1e7, 1e8, 1e9].map(f)).toEqual(['¥1 m', '¥10 m', '¥100 m', '¥1 bn']);
		const orders = axisFormat([1e4, 1e5, 1e6], 'count', 'en', true);
		expect([1e4, 1e5, 1e6].map(orders)).toEqual(['10 k', '100 k', '1 m']);
		const zh = axisFormat([1e4, 1e6, 1e8], 'count', 'zh', true);
		expect([1e4, 1e6, 1e8].map(zh)).toEqual(['1万', '100万', '1亿']);
	});
});

describe('single values', () => {
	test('three significant digits in the unit that suits the value', () => {
		expect(formatValue(56.59e9, 'cny')).toBe('¥56.6 bn');
		expect(formatValue(56.59e9, 'cny', 'zh')).toBe('566亿元');
		expect(formatValue(-0.012, 'points')).toBe('−1.2 pp');
		expect(formatValue(0.012, 'points', 'zh')).toBe('+1.2个百分点');
	});
});
