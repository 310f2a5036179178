/**
 * Phase and cohort colours, the same on every chart. From the Okabe–Ito palette (colour-blind
 * safe); the three phases of the 37-city cohort share its blue family, darkest = earliest.
 */
import type { CohortId, PhaseId } from '../schema';

export const COHORT_COLOURS: Record<CohortId, string> = {
	c37: '#0072B2',
	c86: '#D55E00',
	call: '#009E73'
};

export const PHASE_COLOURS: Record<PhaseId, string> = {
	t2016: '#003F63',
	t2017: '#0072B2',
	p2018: '#56B4E9',
	p2020: '#D55E00',
	p2021: '#009E73'
};

/** Colour of any phase id; grey for ids outside the reference (e.g. an analyst's own data). */
export function phaseColour(id: string): string {
	return (PHASE_COLOURS as Record<string, string>)[id] ?? '#767676';
}

/** Colour of any cohort id. */
export function cohortColour(id: string): string {
	return (COHORT_COLOURS as Record<string, string>)[id] ?? '#767676';
}

/**
 * Sequential classes for choropleths and tile maps, light to dark (ColorBrewer Blues, 5 classes:
 * colour-blind safe and distinct in greyscale). `SEQUENTIAL_INK` is the label colour on each.
 */
export const SEQUENTIAL_CLASSES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const SEQUENTIAL_INK = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'] as const;
/** Areas without pilot data (Hong Kong, Macao, Taiwan; provinces with no pilot city yet). */
export const NO_DATA_FILL = '#e4e6ea';
