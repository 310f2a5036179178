/** Draws from the distributions the model uses, on a seeded `Rng` (never Math.random). */
import type { Rng } from './prng';

/** Standard normal (Box–Muller; one value per call, so the draw count per call is fixed). */
export function normal(rng: Rng): number {
	// 1 - u keeps the logarithm's argument in (0, 1].
	const u = 1 - rng.next();
	const v = rng.next();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal with mean 1: exp(σZ − σ²/2), so it scales without biasing totals. */
export function lognormalMeanOne(rng: Rng, sigma: number): number {
	return Math.exp(sigma * normal(rng) - (sigma * sigma) / 2);
}

/** Largest λ drawn exactly (Knuth); above it the normal approximation is within ~1 % in shape. */
export const POISSON_EXACT_MAX = 30;

/**
 * Poisson(λ): Knuth's product method for small λ, the rounded normal approximation
 * N(λ, λ) (clamped at 0) above `POISSON_EXACT_MAX`.
 */
export function poisson(rng: Rng, lambda: number): number {
	if (!(lambda > 0)) return 0;
	if (lambda > POISSON_EXACT_MAX) {
		return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rng)));
	}
	const limit = Math.exp(-lambda);
	let k = 0;
	let p = rng.next();
	while (p > limit) {
		k++;
		p *= rng.next();
	}
	return k;
}
