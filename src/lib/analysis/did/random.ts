/**
 * A seeded generator for the bootstrap, so the same data and filters always give the same bands:
 * sfc32 seeded from the 128-bit cyrb128 hash of a string (the same pair the sample generator uses).
 */

function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703,
		h2 = 3144134277,
		h3 = 1013904242,
		h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Uniform numbers in [0, 1) from a string seed. */
export function seededUniform(seed: string): () => number {
	let [a, b, c, d] = cyrb128(seed);
	return () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
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
