/**
 * Averages of group-time effects and their influence functions: weights ∝ group size, with the
 * extra term for weights that are themselves estimated (the `wif` of the R `did` package), so the
 * bootstrap of an aggregate is as honest as that of a cell. Pure.
 */

/** An estimate with its influence function over all places (estimate − truth ≈ mean of psi). */
export interface Influenced {
	readonly theta: number;
	readonly psi: Float64Array;
}

/** A part of a weighted average: its estimate and the places whose count is its weight. */
export interface WeightedPart extends Influenced {
	/** Indices of the places the weight counts. */
	readonly members: readonly number[];
}

/** Equal-weight mean (a group over its months: the weights are not estimated). */
export function meanOf(parts: readonly Influenced[], n: number): Influenced {
	const psi = new Float64Array(n);
	let theta = 0;
	for (const p of parts) {
		theta += p.theta / parts.length;
		for (let i = 0; i < n; i++) psi[i] = (psi[i] ?? 0) + (p.psi[i] ?? 0) / parts.length;
	}
	return { theta, psi };
}

/**
 * Σ w_k θ_k with w_k = p_k / Σ p, p_k = |members_k| / n; the influence function adds, for each
 * weight, (1{i ∈ k} − p_k)/Σp − p_k/(Σp)² · Σ_j (1{i ∈ j} − p_j), times θ_k.
 */
export function weightedOf(parts: readonly WeightedPart[], n: number): Influenced {
	const p = parts.map((part) => part.members.length / n);
	const P = p.reduce((s, v) => s + v, 0);
	const psi = new Float64Array(n);
	let theta = 0;
	// Σ_j 1{i ∈ j} per place, and Σ_j p_j, for the denominator term.
	const inAny = new Float64Array(n);
	for (const part of parts) for (const i of part.members) inAny[i] = (inAny[i] ?? 0) + 1;
	parts.forEach((part, k) => {
		const pk = p[k] ?? 0;
		const w = pk / P;
		theta += w * part.theta;
		for (let i = 0; i < n; i++) {
			psi[i] = (psi[i] ?? 0) + w * (part.psi[i] ?? 0);
			psi[i] = (psi[i] ?? 0) - (pk / (P * P)) * ((inAny[i] ?? 0) - P) * part.theta;
			psi[i] = (psi[i] ?? 0) - (pk / P) * part.theta;
		}
		for (const i of part.members) psi[i] = (psi[i] ?? 0) + part.theta / P;
	});
	return { theta, psi };
}

/** The analytic standard error of an influenced estimate: √(Σ ψ²) / n. */
export function analyticSe(psi: Float64Array): number {
	let s = 0;
	for (let i = 0; i < psi.length; i++) s += (psi[i] ?? 0) ** 2;
	return Math.sqrt(s) / psi.length;
}
