/**
 * How joining the pilot changes a place in the bundled SAMPLE model: the constants and curves of
 * its built-in joining effect. The generator (scripts/generate/) builds the sample from them, and
 * the app states them beside what the estimator recovers, so both read this one file. These are
 * assumptions of the sample, not facts about the pilot (data/README.md, "The imports model").
 */
import { SAMPLE_FIRST_MONTH } from '../schema';
import { monthOrdinal } from './months';

/** Time constant of the bonded (1210) ramp after joining: level = 1 − exp(−(m + 1) / τ). */
export const BONDED_RAMP_MONTHS = 6;

/** Direct purchase (9610) level in Jan 2016, relative to a fully ramped city's 1210 level. */
export const DIRECT_LEVEL = 0.3;

/** Yearly growth of the 9610 level (compounded monthly). */
export const DIRECT_GROWTH_PER_YEAR = 0.04;

/**
 * Cases per 10,000 orders of a mature city before the 2021 crackdown. `offline_pickup` is per
 * 10,000 bonded (1210) orders, the rest per 10,000 orders of both channels.
 */
export const VIOLATION_RATE_PER_10K: Readonly<Record<string, number>> = {
	offline_pickup: 0.9,
	resale: 0.7,
	fake_identity: 0.5,
	over_limit: 0.4,
	off_list: 0.3
};

/** The violation type only bonded (1210) orders can commit. */
export const BONDED_ONLY_TYPE = 'offline_pickup';

/** Extra rate of a new city: × (1 + extra · exp(−m / decay)), m months since joining. */
export const NEW_CITY_EXTRA = 1;
export const NEW_CITY_DECAY_MONTHS = 12;

/** First month of the crackdown of Shang Cai Fa [2021] No. 39 (March 2021). */
export const ENFORCEMENT_FROM = '2021-04-01';

/** Rate factors from `ENFORCEMENT_FROM` on (types not listed: 1). */
export const ENFORCEMENT_FACTOR: Readonly<Record<string, number>> = {
	offline_pickup: 0.4,
	resale: 0.5
};

/** Bonded (1210) level m months after joining (m < 0: before joining, zero). */
export function bondedRamp(m: number): number {
	return m < 0 ? 0 : 1 - Math.exp(-(m + 1) / BONDED_RAMP_MONTHS);
}

/** Direct-purchase (9610) level t months after the sample's first month (every place). */
export function directLevel(t: number): number {
	return DIRECT_LEVEL * Math.pow(1 + DIRECT_GROWTH_PER_YEAR, t / 12);
}

/** Violation-rate multiplier of a place m months after joining (1 before joining, and never). */
export function newCityFactor(m: number): number {
	return m < 0 ? 1 : 1 + NEW_CITY_EXTRA * Math.exp(-m / NEW_CITY_DECAY_MONTHS);
}

/** Months from the sample's first month to `month` ('YYYY-MM'). */
export function sampleMonthIndex(month: string): number {
	return monthOrdinal(month.slice(0, 7)) - monthOrdinal(SAMPLE_FIRST_MONTH);
}

/** The crackdown's factor on a violation type in `month` ('YYYY-MM'). */
export function enforcementFactorIn(type: string, month: string): number {
	return month.slice(0, 7) >= ENFORCEMENT_FROM.slice(0, 7) ? (ENFORCEMENT_FACTOR[type] ?? 1) : 1;
}

export type SampleOutcome = 'value' | 'orders' | 'aov' | 'rate';

/**
 * The model's built-in effect of joining on the log of an outcome, m months after joining, in
 * `month`: a place that joins adds bonded imports on top of its direct purchases (which do not
 * change), so value and orders rise by log(1 + ramp / direct); bonded and direct orders of a
 * category have the same average value, so the average order does not move (0); the violation
 * rate rises by the new-city factor and by the bonded-only type on the bonded share of orders.
 * Leaves out the noise and the category mix, so a place's realised effect differs slightly.
 */
export function builtInLogEffect(outcome: SampleOutcome, m: number, month: string): number {
	if (m < 0) return 0;
	const ramp = bondedRamp(m);
	const direct = directLevel(sampleMonthIndex(month));
	if (outcome === 'value' || outcome === 'orders') return Math.log(1 + ramp / direct);
	if (outcome === 'aov') return 0;
	const rate = (type: string) =>
		(VIOLATION_RATE_PER_10K[type] ?? 0) * enforcementFactorIn(type, month);
	const rest = Object.keys(VIOLATION_RATE_PER_10K)
		.filter((type) => type !== BONDED_ONLY_TYPE)
		.reduce((sum, type) => sum + rate(type), 0);
	const bondedShare = ramp / (ramp + direct);
	return Math.log(newCityFactor(m) * (1 + (rate(BONDED_ONLY_TYPE) * bondedShare) / rest));
}
