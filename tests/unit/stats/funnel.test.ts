import { describe, expect, test } from 'vitest';
import { funnelBands, funnelLimit, funnelPosition } from '../../../src/lib/stats/funnel';
import { MIN_CASES, MIN_ORDERS, tooFewToRate } from '../../../src/lib/stats/small-count';

describe('funnel limits (Spiegelhalter 2005, interpolated Poisson quantiles)', () => {
	test('worked example: target 10 expected cases', () => {
		// Poisson(10): the 0.025-quantile is 4, F(4) = 0.029253, F(3) = 0.010336.
		const alpha = (0.029253 - 0.025) / (0.029253 - 0.010336);
		expect(funnelLimit(0.025, 0.001, 10_000) * 10_000).toBeCloseTo(4 - alpha, 3);
		// the 0.975-quantile is 17, F(17) = 0.985722, F(16) = 0.972958.
		const beta = (0.985722 - 0.975) / (0.985722 - 0.972958);
		expect(funnelLimit(0.975, 0.001, 10_000) * 10_000).toBeCloseTo(17 - beta, 3);
	});

	test('limits narrow towards the target as exposure grows, and nest by level', () => {
		const theta = 2.5e-4;
		let previous = Infinity;
		for (const n of [1e4, 1e5, 1e6, 1e7, 1e8]) {
			const [b95, b998] = funnelBands(theta, n);
			expect(b998!.lower).toBeLessThanOrEqual(b95!.lower);
			expect(b998!.upper).toBeGreaterThanOrEqual(b95!.upper);
			expect(b95!.lower).toBeLessThan(theta);
			expect(b95!.upper).toBeGreaterThan(theta);
			const width = b95!.upper - b95!.lower;
			expect(width).toBeLessThan(previous);
			previous = width;
		}
	});

	test('large exposures agree with the normal approximation θ ± z √(θ / n)', () => {
		const theta = 2.5e-4;
		const n = 4e8;
		const [b95, b998] = funnelBands(theta, n);
		const sd = Math.sqrt(theta / n);
		expect(b95!.upper).toBeCloseTo(theta + 1.96 * sd, 8);
		expect(b998!.lower).toBeCloseTo(theta - 3.09 * sd, 8);
	});

	test('positions: above, below and within', () => {
		const theta = 2.5e-4;
		expect(funnelPosition(400, 1e6, theta, 0.95)).toBe('above');
		expect(funnelPosition(200, 1e6, theta, 0.95)).toBe('below');
		expect(funnelPosition(250, 1e6, theta, 0.95)).toBe('within');
		expect(funnelPosition(290, 1e6, theta, 0.95)).toBe('above');
		expect(funnelPosition(290, 1e6, theta, 0.998)).toBe('within');
	});
});

describe('small-count rule', () => {
	test(`fewer than ${MIN_CASES} cases or ${MIN_ORDERS} orders is too few to rate`, () => {
		expect(tooFewToRate(19, 1e6)).toBe(true);
		expect(tooFewToRate(20, 1e6)).toBe(false);
		expect(tooFewToRate(0, 1e6)).toBe(true);
		expect(tooFewToRate(50, 9_999)).toBe(true);
		expect(tooFewToRate(50, 10_000)).toBe(false);
		expect(tooFewToRate(Number.NaN, 1e6)).toBe(true);
	});
});
