import { describe, expect, test } from 'vitest';
import { gammaP, logGamma } from '../../../src/lib/stats/gamma';
import {
	exactPoissonInterval,
	poissonCdf,
	poissonQuantile,
	rateInterval
} from '../../../src/lib/stats/poisson';

describe('gamma functions', () => {
	test('log-gamma matches factorials', () => {
		expect(logGamma(1)).toBeCloseTo(0, 12);
		expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
		expect(logGamma(171)).toBeCloseTo(706.5730622457874, 8);
	});

	test('P(1, x) is the exponential CDF', () => {
		for (const x of [0.1, 1, 3, 10]) expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 13);
	});
});

describe('Poisson CDF and quantiles', () => {
	// Published values of the Poisson(10) CDF (any statistical table).
	test('the CDF of Poisson(10)', () => {
		expect(poissonCdf(3, 10)).toBeCloseTo(0.010336, 6);
		expect(poissonCdf(4, 10)).toBeCloseTo(0.029253, 6);
		expect(poissonCdf(15, 10)).toBeCloseTo(0.95126, 5);
		expect(poissonCdf(16, 10)).toBeCloseTo(0.97296, 5);
	});

	test('the CDF equals the sum of the probability mass', () => {
		const lambda = 7.3;
		let pmf = Math.exp(-lambda);
		let cdf = pmf;
		for (let k = 0; k <= 25; k++) {
			expect(poissonCdf(k, lambda)).toBeCloseTo(cdf, 12);
			pmf *= lambda / (k + 1);
			cdf += pmf;
		}
	});

	test('quantiles are the smallest count reaching p', () => {
		expect(poissonQuantile(0.025, 10)).toBe(4);
		expect(poissonQuantile(0.975, 10)).toBe(17);
		expect(poissonQuantile(0.999, 10000)).toBe(10310);
	});
});

describe('exact (Garwood) interval', () => {
	// 95 % limits for a Poisson count, as tabulated e.g. in Ulm (1990), Am J Epidemiol 131:373.
	const published: [number, number, number][] = [
		[0, 0, 3.689],
		[1, 0.0253, 5.572],
		[2, 0.2422, 7.225],
		[5, 1.6235, 11.668],
		[10, 4.7954, 18.39],
		[20, 12.217, 30.888],
		[100, 81.364, 121.627]
	];
	test.each(published)('k = %i → [%f, %f]', (k, lower, upper) => {
		const ci = exactPoissonInterval(k);
		expect(ci.lower).toBeCloseTo(lower, 3);
		expect(ci.upper).toBeCloseTo(upper, 2);
	});

	test('99.8 % upper limit for zero is −ln(0.001)', () => {
		expect(exactPoissonInterval(0, 0.998).upper).toBeCloseTo(-Math.log(0.001), 8);
	});

	test('a rate interval scales by the exposure', () => {
		const ci = rateInterval(10, 50_000)!;
		expect(ci.lower).toBeCloseTo((4.7954 / 50_000) * 10_000, 4);
		expect(ci.upper).toBeCloseTo((18.3904 / 50_000) * 10_000, 4);
		expect(rateInterval(3, 0)).toBeNull();
	});

	test('large counts stay accurate (normal approximation as a check)', () => {
		const k = 40_000;
		const ci = exactPoissonInterval(k);
		expect(ci.lower).toBeGreaterThan(k - 1.96 * Math.sqrt(k) - 2);
		expect(ci.lower).toBeLessThan(k - 1.96 * Math.sqrt(k) + 2);
		expect(ci.upper).toBeGreaterThan(k + 1.96 * Math.sqrt(k) - 1);
		expect(ci.upper).toBeLessThan(k + 1.96 * Math.sqrt(k) + 3);
	});
});
