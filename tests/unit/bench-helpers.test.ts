/** The benchmark's pure helpers: percentiles and the scripted filter sequence. */
import { describe, expect, it } from 'vitest';
import { pairedRatios, quantile, summarise } from '../../scripts/bench/stats';
import { filterStates } from '../../scripts/bench/filter-states';
import { parseFilters } from '../../src/lib/model/filters';
import { FILTER_DOMAIN } from '../../src/lib/reference/domain';

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

describe('bench filter states', () => {
	it('are distinct, reproducible and valid filters (no notice)', () => {
		const states = filterStates(60, 'x');
		expect(new Set(states).size).toBe(60);
		expect(filterStates(60, 'x')).toEqual(states);
		for (const s of states) {
			const parsed = parseFilters(new URLSearchParams(s), FILTER_DOMAIN, []);
			expect(parsed.notices, s).toEqual([]);
		}
	});
});
