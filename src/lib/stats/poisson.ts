/**
 * Poisson counts per exposure: the exact (Garwood) confidence interval of a rate and the
 * distribution's CDF and quantiles. A violation rate is cases per order, and one case can involve
 * many orders, so cases are a count over an exposure, not a proportion of orders: hence Poisson,
 * not the Wilson score interval for a binomial proportion.
 */
import { gammaQ, gammaQuantile } from './gamma';

/** P(X ≤ k) for X ~ Poisson(λ). */
export function poissonCdf(k: number, lambda: number): number {
	if (k < 0) return 0;
	if (lambda <= 0) return 1;
	return gammaQ(Math.floor(k) + 1, lambda);
}

/** The smallest integer y with P(X ≤ y) ≥ p, for X ~ Poisson(λ). */
export function poissonQuantile(p: number, lambda: number): number {
	if (lambda <= 0) return 0;
	let lo = -1; // cdf(lo) < p
	let hi = Math.ceil(lambda + 10 * Math.sqrt(lambda) + 10);
	while (poissonCdf(hi, lambda) < p) hi *= 2;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (poissonCdf(mid, lambda) >= p) hi = mid;
		else lo = mid;
	}
	return hi;
}

export interface Interval {
	lower: number;
	upper: number;
}

/**
 * The exact (Garwood, 1936) interval for the mean of a Poisson count k at the given confidence:
 * [χ²(α/2; 2k) / 2, χ²(1 − α/2; 2k + 2) / 2], written with gamma quantiles.
 */
export function exactPoissonInterval(k: number, confidence = 0.95): Interval {
	const alpha = 1 - confidence;
	return {
		lower: k <= 0 ? 0 : gammaQuantile(alpha / 2, k),
		upper: gammaQuantile(1 - alpha / 2, k + 1)
	};
}

/**
 * The exact interval of a rate per `per` units of exposure (e.g. cases per 10,000 orders);
 * null when there is no exposure.
 */
export function rateInterval(
	cases: number,
	exposure: number,
	per = 10_000,
	confidence = 0.95
): Interval | null {
	if (!(exposure > 0)) return null;
	const { lower, upper } = exactPoissonInterval(cases, confidence);
	return { lower: (lower / exposure) * per, upper: (upper / exposure) * per };
}
