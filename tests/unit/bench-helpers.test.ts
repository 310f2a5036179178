/** The benchmark's pure helpers: percentiles and paired ratios. */
import { describe, expect, it } from 'vitest';
import { pairedRatios, quantile, summarise } from '../../scripts/bench/stats';

describe('bench stats', () => {
	it('interpolates percentiles between order statistics', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([10, 0, 5], 0)).toBe(0);
		expect(quantile([10, 0, 5], 1)).toBe(10);
		expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5, 12);
		const s = summarise([5, 1, 3, 2, 4]);
		expect([s.median, s.min, s.max, s.iqr]).toEqual([3, 1, 5, 2]);
		expect(pairedRatios([2, 9], [1, 3])).toEqual([2, 3]);
	});
});
