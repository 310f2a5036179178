/** What the estimator returns: every estimate with its uncertainty, or why it is not estimable. */
import type { DidOptions } from './options';
import type { Estimable, NotEstimable } from './reasons';
import type { TwfeEstimate } from './twfe';

export interface EffectEstimate {
	/** In log points on the log scale (exp(x) − 1 is the proportional change), else in levels. */
	readonly estimate: number;
	/** Bootstrap standard error; null when the estimate is fixed by construction. */
	readonly se: number | null;
	/** Standard error from the influence function (√Σψ² / n). */
	readonly seAnalytic: number;
	/** The band of the estimate's family (simultaneous over it), at the options' level. */
	readonly lower: number | null;
	readonly upper: number | null;
}

export interface CellResult {
	/** Joining month of the group. */
	readonly group: string;
	readonly month: string;
	readonly e: number;
	readonly treated: number;
	readonly controls: number;
	readonly result: Estimable<EffectEstimate>;
}

export interface GroupResult {
	readonly group: string;
	/** Places of the group by cohort (c37, c86, call). */
	readonly cohorts: Readonly<Record<string, number>>;
	readonly places: number;
	readonly named: number;
	readonly inferred: number;
	/** The mean effect over the horizon's months after joining. */
	readonly effect: Estimable<EffectEstimate & { readonly months: number }>;
}

export interface EventPoint {
	readonly e: number;
	/** Groups behind the point and their places: the composition can change with e. */
	readonly groups: readonly string[];
	readonly places: number;
	readonly result: Estimable<EffectEstimate>;
}

export interface PreTrendTest {
	/** The sup-t statistic: max over the placebo months of |estimate| / se. */
	readonly statistic: number;
	readonly p: number;
	/** Placebo months tested. */
	readonly months: number;
}

export interface EventSeries {
	/** 'all', or a cohort id. */
	readonly id: string;
	readonly points: readonly EventPoint[];
	/** The sup-t critical value of the series' band; null without estimable points. */
	readonly critical: number | null;
	readonly preTrend: Estimable<PreTrendTest>;
}

export interface AggregateResult {
	/** 'all', or a cohort id. */
	readonly id: string;
	readonly groups: readonly string[];
	/** Places behind the estimate, and the selected places of the cohort (in the pilot). */
	readonly places: number;
	readonly placesSelected: number;
	readonly named: number;
	readonly inferred: number;
	readonly effect: Estimable<EffectEstimate>;
	/** Groups left out, and why. */
	readonly excluded: readonly {
		readonly group: string;
		readonly places: number;
		readonly reasons: readonly NotEstimable[];
	}[];
}

export interface DidResult {
	readonly options: DidOptions;
	readonly from: string;
	readonly to: string;
	/** Places in the panel: selected treated places, and possible comparison places. */
	readonly counts: {
		readonly places: number;
		readonly selected: number;
		readonly neverJoined: number;
	};
	readonly cells: readonly CellResult[];
	readonly groups: readonly GroupResult[];
	readonly event: readonly EventSeries[];
	/** Per cohort present among the selected places. */
	readonly phases: readonly AggregateResult[];
	readonly overall: AggregateResult;
	readonly twfe: Estimable<TwfeEstimate>;
	/** Place-months left out of a log outcome (zero or negative values), reported not hidden. */
	readonly dropped: { readonly places: number; readonly months: number };
	/** Reasons that stop the whole estimate (no joining variation, nobody joined). */
	readonly reasons: readonly NotEstimable[];
}
