/**
 * A seeded generator for the bootstrap, so the same data and filters always give the same bands:
 * sfc32 seeded from the 128-bit cyrb128 hash of a string (the sample generator's own, model/prng).
 */
import { hashString, sfc32 } from '../../model/prng';

/** Uniform numbers in [0, 1) from a string seed. */
export function seededUniform(seed: string): () => number {
	const [a, b, c, d] = hashString(seed);
	const rng = sfc32(a, b, c, d, 0);
	return () => rng.next();
}

const SQRT5 = Math.sqrt(5);
/** Mammen's two-point multipliers: mean 0, variance 1, third moment 1 (as the R `did` package). */
export const MAMMEN_LOW = (1 - SQRT5) / 2;
export const MAMMEN_HIGH = (1 + SQRT5) / 2;
const MAMMEN_P_LOW = (SQRT5 + 1) / (2 * SQRT5);

/**
 * draws × places Mammen multipliers. A multiplier takes one of two values, so a draw is stored as
 * the places that got the high one (CSR: `places[start[b] … start[b + 1]]`), which makes each
 * bootstrap sum a sum over about 28 % of the places.
 */
export function mammenMultipliers(
	draws: number,
	places: number,
	seed: string
): { readonly start: Int32Array; readonly high: Int32Array } {
	const key = `${draws}\u0000${places}\u0000${seed}`;
	const hit = drawn.get(key);
	if (hit) return hit;
	const made = makeMultipliers(draws, places, seed);
	drawn.set(key, made);
	if (drawn.size > 8) drawn.delete(drawn.keys().next().value as string);
	return made;
}

/** The last few multiplier sets (the same panel size and seed come back with every filter). */
const drawn = new Map<string, { readonly start: Int32Array; readonly high: Int32Array }>();

function makeMultipliers(draws: number, places: number, seed: string) {
	const u = seededUniform(seed);
	const start = new Int32Array(draws + 1);
	const high: number[] = [];
	for (let b = 0; b < draws; b++) {
		start[b] = high.length;
		for (let i = 0; i < places; i++) if (u() >= MAMMEN_P_LOW) high.push(i);
	}
	start[draws] = high.length;
	return { start, high: Int32Array.from(high) };
}
