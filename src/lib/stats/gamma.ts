/**
 * The incomplete gamma function and its inverse: the maths behind exact Poisson intervals and
 * funnel-plot limits. Series and continued fraction as in Numerical Recipes (3rd ed., §6.2);
 * log-gamma by the Lanczos approximation (g = 7, 9 terms).
 */

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let a = LANCZOS[0]!;
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const MAX_ITER = 1_000_000;

/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
export function gammaP(a: number, x: number): number {
	if (x <= 0) return 0;
	return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the upper tail. */
export function gammaQ(a: number, x: number): number {
	if (x <= 0) return 1;
	return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
}

function prefactor(a: number, x: number): number {
	return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function series(a: number, x: number): number {
	let ap = a;
	let term = 1 / a;
	let sum = term;
	for (let n = 0; n < MAX_ITER; n++) {
		ap += 1;
		term *= x / ap;
		sum += term;
		if (Math.abs(term) < Math.abs(sum) * EPS) break;
	}
	return sum * prefactor(a, x);
}

function continuedFraction(a: number, x: number): number {
	const tiny = 1e-300;
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < MAX_ITER; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < EPS) break;
	}
	return prefactor(a, x) * h;
}

/** The p-quantile of the Gamma(shape a, scale 1) distribution: x with P(a, x) = p. */
export function gammaQuantile(p: number, a: number): number {
	if (!(p > 0)) return 0;
	if (!(p < 1)) return Infinity;
	// Bracket, then bisect: slower than Newton but cannot diverge, and fast enough for a table.
	let lo = 0;
	let hi = Math.max(1, a);
	while (gammaP(a, hi) < p) hi *= 2;
	for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
		const mid = (lo + hi) / 2;
		if (gammaP(a, mid) < p) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}
