/**
 * Seeded pseudo-random numbers for the sample generator and the bootstrap: sfc32 seeded from a
 * 128-bit string hash (cyrb128). Every stream is named by string parts (seed, purpose, city …), so adding a city or a draw in one part of the
 * model leaves the draws of every other part unchanged.
 */

/** A stream of uniform numbers in [0, 1). */
export interface Rng {
	next(): number;
}

/** cyrb128: four 32-bit words from a string (a fast, well-mixed, non-cryptographic hash). */
export function hashString(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
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

/**
 * sfc32 (Small Fast Counting, 32-bit) from four seed words. The sample generator discards the
 * first outputs (they still echo the seed words); the bootstrap keeps them, so that its published
 * bands stay as they are.
 */
export function sfc32(a: number, b: number, c: number, d: number, warmUp = 12): Rng {
	const next = () => {
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
	for (let i = 0; i < warmUp; i++) next();
	return { next };
}

/** A named stream: the same parts always give the same numbers. */
export function createRng(...parts: readonly (string | number)[]): Rng {
	const [a, b, c, d] = hashString(parts.join('\u001f'));
	return sfc32(a, b, c, d);
}
