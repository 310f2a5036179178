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

/** Customs channels: Okabe–Ito orange for 1210 (bonded), a slate grey for 9610 (direct purchase). */
export const CHANNEL_COLOURS: Record<string, string> = { '1210': '#E69F00', '9610': '#6B7280' };

/**
 * Violation types, from the Okabe–Ito palette plus Tol's indigo and a dark grey; at least 15 ΔE*ab
 * apart under simulated colour-vision deficiency (tested), and none is a cohort colour.
 */
export const VIOLATION_TYPE_COLOURS: Record<string, string> = {
	offline_pickup: '#E69F00',
	resale: '#CC79A7',
	fake_identity: '#332288',
	over_limit: '#56B4E9',
	off_list: '#666666'
};

/** Colour of a channel or violation type; neutral grey for anything unknown. */
export function channelColour(id: string): string {
	return CHANNEL_COLOURS[id] ?? '#767676';
}

/** Colour of a violation type. */
export function violationTypeColour(id: string): string {
	return VIOLATION_TYPE_COLOURS[id] ?? '#767676';
}

/**
 * Sequential classes for choropleths and tile maps, light to dark (ColorBrewer Blues, 5 classes:
 * colour-blind safe and distinct in greyscale). `SEQUENTIAL_INK` is the label colour on each.
 */
export const SEQUENTIAL_CLASSES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const SEQUENTIAL_INK = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'] as const;
/** Areas without pilot data (Hong Kong, Macao, Taiwan; provinces with no pilot city yet). */
export const NO_DATA_FILL = '#e4e6ea';
/** Label colour on a no-data area. */
export const NO_DATA_INK = '#4b5563';

/** One place against its group (a city beside its cohort): Okabe–Ito reddish purple. */
export const PLACE_COLOUR = '#CC79A7';

/**
 * A reference series drawn beside the data — a cohort's average city, the national mix — in the
 * stylesheet's muted token, so it follows light and dark like the text does.
 */
export const REFERENCE_COLOUR = 'var(--chart-reference)';

/** The site's mark: the earliest phase's blue, the 2018 sky blue and the 1210 orange. */
export const LOGO_COLOURS = {
	ground: PHASE_COLOURS.t2016,
	line: PHASE_COLOURS.p2018,
	dot: CHANNEL_COLOURS['1210']!
} as const;

/**
 * Exported images and printed pages are read on white whatever the screen's scheme: their
 * paper and inks are fixed here.
 */
export const PRINT_COLOURS = {
	paper: '#ffffff',
	title: '#1a1a1a',
	ink: '#3b3b3b',
	muted: '#5b5b5b',
	running: '#444444',
	sample: '#8a5a00'
} as const;
