/**
 * The multiplier bootstrap of influence functions, clustered by place (each place's influence
 * sums over its months, so one multiplier per place is one draw per cluster): standard errors from
 * the draws' interquartile range, and sup-t critical values for simultaneous bands, as in
 * Callaway & Sant'Anna (2021) and the R `did` package. Pure and seeded.
 */
import { MAMMEN_HIGH, MAMMEN_LOW, mammenMultipliers } from './random';

/** Φ⁻¹(0.75) − Φ⁻¹(0.25): the interquartile range of a standard normal. */
const NORMAL_IQR = 1.3489795003921634;
/** Standard errors below this are treated as zero (an estimate fixed by construction). */
const TINY_SE = Math.sqrt(Number.EPSILON) * 10;

/** Quantile of sorted values, R's type 1 (the inverse of the empirical distribution). */
export function quantileType1(sorted: ArrayLike<number>, p: number): number {
	const k = Math.max(1, Math.ceil(sorted.length * p));
	return sorted[k - 1] ?? NaN;
}

export class MultiplierBootstrap {
	readonly n: number;
	readonly draws: number;
	private readonly start: Int32Array;
	private readonly high: Int32Array;

	constructor(n: number, draws: number, seed: string) {
		this.n = n;
		this.draws = draws;
		({ start: this.start, high: this.high } = mammenMultipliers(draws, n, seed));
	}

	/** The bootstrap deviations (1/n) Σ_i ξ_bi ψ_i, one per draw. */
	deviations(psi: Float64Array): Float64Array {
		return this.deviationsOf([psi])[0]!;
	}

	/**
	 * Deviations of many influence functions at once, four at a time. With two-point multipliers,
	 * Σ ξ_i ψ_i = low · Σ ψ + (high − low) · Σ over the draw's high places of ψ.
	 */
	deviationsOf(psis: readonly Float64Array[]): Float64Array[] {
		const { n, draws, start, high } = this;
		const out = psis.map(() => new Float64Array(draws));
		const zero = new Float64Array(n);
		const step = MAMMEN_HIGH - MAMMEN_LOW;
		for (let k = 0; k < psis.length; k += 4) {
			const p0 = psis[k]!;
			const p1 = psis[k + 1] ?? zero;
			const p2 = psis[k + 2] ?? zero;
			const p3 = psis[k + 3] ?? zero;
			let t0 = 0;
			let t1 = 0;
			let t2 = 0;
			let t3 = 0;
			for (let i = 0; i < n; i++) {
				t0 += p0[i]!;
				t1 += p1[i]!;
				t2 += p2[i]!;
				t3 += p3[i]!;
			}
			const o0 = out[k]!;
			const o1 = out[k + 1] ?? new Float64Array(draws);
			const o2 = out[k + 2] ?? new Float64Array(draws);
			const o3 = out[k + 3] ?? new Float64Array(draws);
			for (let b = 0; b < draws; b++) {
				let s0 = 0;
				let s1 = 0;
				let s2 = 0;
				let s3 = 0;
				for (let j = start[b]!, end = start[b + 1]!; j < end; j++) {
					const i = high[j]!;
					s0 += p0[i]!;
					s1 += p1[i]!;
					s2 += p2[i]!;
					s3 += p3[i]!;
				}
				o0[b] = (MAMMEN_LOW * t0 + step * s0) / n;
				o1[b] = (MAMMEN_LOW * t1 + step * s1) / n;
				o2[b] = (MAMMEN_LOW * t2 + step * s2) / n;
				o3[b] = (MAMMEN_LOW * t3 + step * s3) / n;
			}
		}
		return out;
	}
}

/** The k-th smallest value (0-based) of `values`, reordering them (Hoare's selection). */
function select(values: Float64Array, k: number): number {
	let lo = 0;
	let hi = values.length - 1;
	while (lo < hi) {
		const pivot = values[(lo + hi) >> 1]!;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i]! < pivot) i++;
			while (values[j]! > pivot) j--;
			if (i <= j) {
				const t = values[i]!;
				values[i] = values[j]!;
				values[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return values[k]!;
}

/** Type-1 quantile without a full sort (the bootstrap takes two per estimate). */
function quantileUnsorted(values: Float64Array, p: number): number {
	return select(values, Math.max(1, Math.ceil(values.length * p)) - 1);
}

/** Standard error from bootstrap deviations (IQR / 1.349); null when (near) zero. */
export function bootstrapSe(deviations: Float64Array): number | null {
	const work = Float64Array.from(deviations);
	const se = (quantileUnsorted(work, 0.75) - quantileUnsorted(work, 0.25)) / NORMAL_IQR;
	return se > TINY_SE ? se : null;
}

/** One estimate in a family that shares a simultaneous band. */
export interface FamilyMember {
	readonly deviations: Float64Array;
	readonly se: number;
}

/** The sup-t statistic of each draw: max over the family of |deviation| / se. */
export function supT(family: readonly FamilyMember[], draws: number): Float64Array {
	const out = new Float64Array(draws);
	for (const m of family) {
		for (let b = 0; b < draws; b++) {
			const z = Math.abs(m.deviations[b] ?? 0) / m.se;
			if (z > (out[b] ?? 0)) out[b] = z;
		}
	}
	return out;
}

/** The sup-t critical value for a simultaneous band of coverage `level`. */
export function criticalValue(
	family: readonly FamilyMember[],
	draws: number,
	level: number
): number {
	if (family.length === 0) return NaN;
	return quantileType1(supT(family, draws).sort(), level);
}

/**
 * The sup-t test that every estimate of a family is zero (the pre-trend test on placebos): the
 * share of draws whose sup-t reaches the observed max |estimate| / se, counting the data as one.
 */
export function supTTest(
	family: readonly (FamilyMember & { readonly estimate: number })[],
	draws: number
): { statistic: number; p: number } {
	const statistic = Math.max(...family.map((m) => Math.abs(m.estimate) / m.se));
	const stats = supT(family, draws);
	let beyond = 0;
	for (let b = 0; b < draws; b++) if ((stats[b] ?? 0) >= statistic) beyond++;
	return { statistic, p: (beyond + 1) / (draws + 1) };
}
