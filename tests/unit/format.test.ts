import { describe, expect, test } from 'vitest';
import {
	formatChange,
	formatCny,
	formatCount,
	formatRate,
	formatShare,
	MISSING
} from '../../src/lib/format/number';
import { formatDate, formatMonth, isoToUtc } from '../../src/lib/format/date';
import { formatBytes } from '../../src/lib/format/bytes';

describe('numbers', () => {
	test('yuan at a readable scale, per locale', () => {
		expect(formatCny(56.59e9)).toBe('¥56.6 bn');
		expect(formatCny(1.23e9)).toBe('¥1.23 bn');
		expect(formatCny(830e6)).toBe('¥830 m');
		expect(formatCny(1.69e12)).toBe('¥1.69 trn');
		expect(formatCny(1.23e9, 'zh')).toBe('12.3亿元');
		expect(formatCny(56.59e9, 'zh')).toBe('566亿元');
		expect(formatCny(83e4, 'zh')).toBe('83万元');
	});

	test('gaps are never shown as zero', () => {
		for (const f of [formatCny, formatCount, formatChange, formatShare, formatRate]) {
			expect(f(null)).toBe(MISSING);
			expect(f(Number.NaN)).toBe(MISSING);
		}
		expect(formatCny(0)).toBe('¥0');
	});

	test('changes carry a sign and a true minus', () => {
		expect(formatChange(0.169)).toBe('+16.9%');
		expect(formatChange(-0.008)).toBe('−0.8%');
		expect(formatShare(0.284)).toBe('28.4%');
		expect(formatCount(1234567)).toBe('1,234,567');
		expect(formatRate(2.6149)).toBe('2.61');
	});
});

describe('dates', () => {
	test('months and days per locale', () => {
		expect(formatMonth('2021-03')).toBe('Mar 2021');
		expect(formatMonth('2021-03-01', 'zh')).toBe('2021年3月');
		expect(formatDate('2019-01-01', 'day')).toBe('1 Jan 2019');
		expect(formatDate('2021-03-01', 'month')).toBe('Mar 2021');
		expect(formatDate('2019-01-01', 'day', 'zh')).toBe('2019年1月1日');
		expect(isoToUtc('2020-01').toISOString()).toBe('2020-01-01T00:00:00.000Z');
	});

	test('bytes', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(34 * 1024 * 1024)).toBe('34 MB');
		expect(formatBytes(1536)).toBe('1.5 KB');
	});
});
