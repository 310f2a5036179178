import { expect, test } from 'vitest';
import { league, overallRate } from '../../../src/lib/stats/league';

const cities = [
	{ code: 'big', cases: 2500, orders: 10_000_000 },
	{ code: 'high', cases: 400, orders: 1_000_000 },
	{ code: 'low', cases: 180, orders: 1_000_000 },
	{ code: 'tiny', cases: 3, orders: 5_000 },
	{ code: 'none', cases: 0, orders: 0 }
];

test('the overall rate is Σ cases / Σ orders', () => {
	expect(overallRate(cities)).toBeCloseTo(3083 / 12_005_000, 15);
	expect(overallRate([])).toBe(0);
});

test('rates, intervals, the small-count flag and funnel positions', () => {
	const rows = league(cities);
	expect(rows.map((r) => r.city.code)).toEqual(['high', 'big', 'low', 'tiny']);
	const [high, big, low, tiny] = rows;
	expect(high!.rate).toBeCloseTo(4, 12);
	expect(high!.at95).toBe('above');
	expect(high!.at998).toBe('above');
	expect(low!.at998).toBe('below');
	expect(big!.at95).toBe('within');
	expect(tiny!.tooFew).toBe(true);
	expect(high!.interval!.lower).toBeLessThan(4);
	expect(high!.interval!.upper).toBeGreaterThan(4);
});
