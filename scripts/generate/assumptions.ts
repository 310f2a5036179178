/**
 * Every constant of the sample model, in one place. Each is an assumption, not a fact: none of
 * these are published. `data/README.md` states them all; change both together.
 */
import type { PhaseId } from '../../src/lib/schema';

/** Names the generator in the manifest; bump when the model changes. */
export const GENERATOR = 'pilot-atlas-sample/2';

/** Seed of the bundled sample. */
export const DEFAULT_SEED = 'pilot-atlas';

// --- City size -----------------------------------------------------------------------------

/** Base size by phase: earlier members were the established import hubs, so larger. */
export const PHASE_BASE_WEIGHT: Readonly<Record<PhaseId, number>> = {
	t2016: 1,
	t2017: 0.6,
	p2018: 0.35,
	p2020: 0.15,
	p2021: 0.08
};

/**
 * The big bonded-import hubs: Tianjin, Shanghai, Hangzhou, Ningbo, Zhengzhou, Guangzhou, Shenzhen,
 * Chongqing, Beijing.
 */
export const HUB_CITY_CODES: readonly string[] = [
	'120000',
	'310000',
	'330100',
	'330200',
	'410100',
	'440100',
	'440300',
	'500000',
	'110000'
];

/**
 * Base size of a modelled comparison place (the part of a province outside the pilot): several
 * smaller prefectures together, with direct-purchase (9610) imports only.
 */
export const COMPARISON_BASE_WEIGHT = 0.15;

/** Size multiplier of a hub. */
export const HUB_MULTIPLIER = 3;

/** σ of the per-city lognormal size draw (mean 1). */
export const CITY_SIZE_SIGMA = 0.5;

// --- Channels ------------------------------------------------------------------------------

// The joining effect (bonded ramp, direct level and growth) lives in src/lib/model/sample-effects.ts,
// so the app can state what the sample built in; re-exported here with the other assumptions.
export {
	BONDED_RAMP_MONTHS,
	DIRECT_LEVEL,
	DIRECT_GROWTH_PER_YEAR
} from '../../src/lib/model/sample-effects';

// --- Seasonality ---------------------------------------------------------------------------

/** Monthly factors on a base of 1 (a month may get several: they multiply). */
export const SEASON = {
	/** 6.18 shopping festival */
	june: 1.3,
	/** 11.11 (Singles' Day) */
	november: 1.75,
	/** Double 12 and year-end buying */
	december: 1.15,
	/** the month of Chinese New Year: logistics stop around the holiday */
	springFestival: 0.75
} as const;

// --- Noise ---------------------------------------------------------------------------------

/** σ of a lognormal shock shared by all cells of a city-month. */
export const CITY_MONTH_SIGMA = 0.06;

/** σ of the lognormal shock of each city × month × category × channel cell. */
export const CELL_SIGMA = 0.12;

/** σ of the lognormal spread of a cell's average order value around the category's. */
export const ORDER_VALUE_SIGMA = 0.08;

// --- Category mix --------------------------------------------------------------------------

/** The year whose national shares are pinned to `categories.share_2022_pct`. */
export const SHARE_ANCHOR_YEAR = 2022;

/**
 * Drift of a category's share per year (log scale, before renormalising; 0 for the rest): infant
 * formula was a larger part of early CBEC imports, beauty and supplements grew.
 */
export const CATEGORY_DRIFT_PER_YEAR: Readonly<Record<string, number>> = {
	infant: -0.08,
	beauty: 0.03,
	health: 0.02
};

/** σ of each city's lognormal tilt of each category (its mix differs from the nation's). */
export const CATEGORY_TILT_SIGMA = 0.2;

// --- Violations ----------------------------------------------------------------------------

// Base rates, the new-city factor and the 2021 crackdown: src/lib/model/sample-effects.ts.
export {
	VIOLATION_RATE_PER_10K,
	NEW_CITY_EXTRA,
	NEW_CITY_DECAY_MONTHS,
	ENFORCEMENT_FROM,
	ENFORCEMENT_FACTOR
} from '../../src/lib/model/sample-effects';

/** Typical orders per case, by type. */
export const ORDERS_PER_CASE: Readonly<Record<string, number>> = {
	offline_pickup: 30,
	resale: 20,
	fake_identity: 150,
	over_limit: 2,
	off_list: 6
};

/** σ of the lognormal spread (mean 1) of orders per case, drawn per row. */
export const ORDERS_PER_CASE_SIGMA = 0.6;

/** Value of an involved order relative to the city-month's average order (types not listed: 1). */
export const CASE_ORDER_VALUE_FACTOR: Readonly<Record<string, number>> = {
	over_limit: 6,
	off_list: 1.5
};

/** σ of the lognormal spread (mean 1) of the involved orders' value, drawn per row. */
export const CASE_VALUE_SIGMA = 0.1;
