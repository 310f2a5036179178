/** Each city's relative size: the proxy for how much it imports. */
import type { PhaseId } from '../../src/lib/schema';
import { CITY_SIZE_SIGMA, HUB_CITY_CODES, HUB_MULTIPLIER, PHASE_BASE_WEIGHT } from './assumptions';
import type { CityRow } from './cities';
import { lognormalMeanOne } from './distributions';
import { createRng } from './prng';

/** Size of every city (same order as `cities`): phase base × hub multiplier × lognormal draw. */
export function citySizes(cities: readonly CityRow[], seed: string): Float64Array {
	const hubs = new Set(HUB_CITY_CODES);
	return Float64Array.from(cities, (c) => {
		const base = PHASE_BASE_WEIGHT[c.phase as PhaseId];
		const hub = hubs.has(c.code) ? HUB_MULTIPLIER : 1;
		return base * hub * lognormalMeanOne(createRng(seed, 'city-size', c.code), CITY_SIZE_SIGMA);
	});
}
