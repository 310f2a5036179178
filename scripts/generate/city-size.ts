/** Each city's relative size: the proxy for how much it imports. */
import type { PhaseId } from '../../src/lib/schema';
import {
	CITY_SIZE_SIGMA,
	COMPARISON_BASE_WEIGHT,
	HUB_CITY_CODES,
	HUB_MULTIPLIER,
	PHASE_BASE_WEIGHT
} from './assumptions';
import { NOT_IN_PILOT } from '../../src/lib/schema';
import type { CityRow } from './cities';
import { lognormalMeanOne } from './distributions';
import { createRng } from './prng';

/**
 * Size of every place (same order as `cities`): phase base (or the comparison places' base) × hub
 * multiplier × lognormal draw.
 */
export function citySizes(cities: readonly CityRow[], seed: string): Float64Array {
	const hubs = new Set(HUB_CITY_CODES);
	return Float64Array.from(cities, (c) => {
		const base =
			c.phase === NOT_IN_PILOT ? COMPARISON_BASE_WEIGHT : PHASE_BASE_WEIGHT[c.phase as PhaseId];
		if (base === undefined) throw new Error(`city size: no base weight for phase '${c.phase}'`);
		const hub = hubs.has(c.code) ? HUB_MULTIPLIER : 1;
		return base * hub * lognormalMeanOne(createRng(seed, 'city-size', c.code), CITY_SIZE_SIGMA);
	});
}
