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
 * Goods-category colours: Paul Tol's "muted" qualitative scheme (nine hues, designed to stay
 * distinct under colour-vision deficiency) plus his pale grey for "other". Every pair stays at
 * least 15 ΔE*ab apart under simulated protanopia, deuteranopia and tritanopia (tested).
 */
export const CATEGORY_COLOURS: Record<string, string> = {
	beauty: '#CC6677',
	food: '#332288',
	infant: '#DDCC77',
	health: '#117733',
	apparel: '#88CCEE',
	bags: '#882255',
	wine: '#44AA99',
	electronics: '#999933',
	household: '#AA4499',
	other: '#DDDDDD'
};

/** Colour of a goods category; a neutral grey for ids outside the reference. */
export function categoryColour(id: string): string {
	return CATEGORY_COLOURS[id] ?? '#767676';
}
