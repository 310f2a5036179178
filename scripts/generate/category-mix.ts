/** Category shares: the national mix by year, and each city's tilt away from it. */
import { CATEGORY_DRIFT_PER_YEAR, CATEGORY_TILT_SIGMA, SHARE_ANCHOR_YEAR } from './assumptions';
import type { CityRow } from './cities';
import { lognormalMeanOne } from './distributions';
import { createRng } from './prng';
import type { CategoryRow } from './reference';

/** National shares (summing to 1) in `year`: the 2022 shares drifted by the stated yearly rates. */
export function nationalShares(categories: readonly CategoryRow[], year: number): Float64Array {
	const raw = categories.map(
		(c) =>
			c.share_2022_pct * Math.exp((CATEGORY_DRIFT_PER_YEAR[c.id] ?? 0) * (year - SHARE_ANCHOR_YEAR))
	);
	const sum = raw.reduce((s, x) => s + x, 0);
	return Float64Array.from(raw, (x) => x / sum);
}

/** Tilt of every city × category, flattened [city * K + category]; mean 1. */
export function categoryTilts(
	cities: readonly CityRow[],
	categories: readonly CategoryRow[],
	seed: string
): Float64Array {
	const k = categories.length;
	const out = new Float64Array(cities.length * k);
	cities.forEach((city, c) => {
		const rng = createRng(seed, 'category-tilt', city.code);
		for (let j = 0; j < k; j++) out[c * k + j] = lognormalMeanOne(rng, CATEGORY_TILT_SIGMA);
	});
	return out;
}
