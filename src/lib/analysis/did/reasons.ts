/**
 * Why an estimate is not estimable: a typed value, never a number. Each reason has a message in
 * both languages (i18n/messages/outcomes.ts); `reasonMessage` gives its key and parameters.
 */
import type { MessageKey } from '../../i18n/catalogue';

export type NotEstimable =
	/** No selected place joined the pilot (under the filters, inside the chosen months). */
	| { readonly code: 'no-treated' }
	/** Every place joined in the same month and none stayed outside: nothing to compare. */
	| { readonly code: 'no-variation' }
	/** Fewer months before joining than the base needs (the 2016 joiners have four). */
	| {
			readonly code: 'few-pre-months';
			readonly available: number;
			readonly needed: number;
			/** True when the chosen month range, not the data, cut them off. */
			readonly byRange: boolean;
	  }
	/** The group joined after the last month used. */
	| { readonly code: 'no-post-months' }
	/** The months used end before the horizon after joining does. */
	| { readonly code: 'few-post-months'; readonly available: number; readonly needed: number }
	/** A group of one place. */
	| { readonly code: 'single-place-group' }
	/** Too few of the group's places have usable values. */
	| { readonly code: 'few-treated'; readonly n: number; readonly min: number }
	/** No comparison place at all in this month: every place had joined. */
	| { readonly code: 'no-comparison'; readonly month: string }
	/** Too few comparison places. */
	| { readonly code: 'few-controls'; readonly n: number; readonly min: number }
	/** Zero or negative values where a log outcome needs positive ones. */
	| { readonly code: 'log-nonpositive'; readonly places: number; readonly months: number }
	/** A ratio outcome on the log scale whose numerator sums to zero (no cases): log undefined. */
	| { readonly code: 'zero-sum-log' }
	/** A ratio outcome whose denominator sums to zero (no orders). */
	| { readonly code: 'zero-denominator' }
	/** An average over months after joining, some of which are not estimable. */
	| {
			readonly code: 'incomplete-horizon';
			readonly missing: number;
			readonly months: number;
			readonly first: NotEstimable;
	  }
	/** An aggregate none of whose groups is estimable. */
	| { readonly code: 'no-estimable-group'; readonly first: NotEstimable | null }
	/** A pre-trend test without any placebo month. */
	| { readonly code: 'no-pre-periods' };

export type ReasonCode = NotEstimable['code'];

/** Either a value or the reasons it cannot be given. */
export type Estimable<T> =
	({ readonly ok: true } & T) | { readonly ok: false; readonly reasons: readonly NotEstimable[] };

export function notEstimable<T>(...reasons: NotEstimable[]): Estimable<T> {
	return { ok: false, reasons };
}

export interface Message {
	readonly key: MessageKey;
	readonly params: Readonly<Record<string, string | number>>;
}

/** The message of a reason (nested reasons name their first cause). */
export function reasonMessage(r: NotEstimable): Message {
	switch (r.code) {
		case 'few-pre-months':
			return {
				key: r.byRange ? 'outcomes.reason.few-pre-months.range' : 'outcomes.reason.few-pre-months',
				params: { available: r.available, needed: r.needed }
			};
		case 'few-post-months':
			return {
				key: 'outcomes.reason.few-post-months',
				params: { available: r.available, needed: r.needed }
			};
		case 'few-treated':
		case 'few-controls':
			return { key: `outcomes.reason.${r.code}`, params: { n: r.n, min: r.min } };
		case 'no-comparison':
			return { key: 'outcomes.reason.no-comparison', params: { month: r.month } };
		case 'log-nonpositive':
			return {
				key: 'outcomes.reason.log-nonpositive',
				params: { places: r.places, months: r.months }
			};
		case 'incomplete-horizon':
			return {
				key: 'outcomes.reason.incomplete-horizon',
				params: { missing: r.missing, months: r.months }
			};
		default:
			return { key: `outcomes.reason.${r.code}`, params: {} };
	}
}

/** The innermost cause of a reason (what an aggregate's reason comes down to). */
export function rootReason(r: NotEstimable): NotEstimable {
	if (r.code === 'incomplete-horizon') return rootReason(r.first);
	if (r.code === 'no-estimable-group' && r.first) return rootReason(r.first);
	return r;
}
