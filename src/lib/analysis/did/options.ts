/**
 * The estimator's choices, with the defaults the method note (docs/outcomes-method.md) justifies.
 * Pure.
 */

/** Outcomes: sums (value, orders) and ratios of sums (average order value, violation rate). */
export const DID_OUTCOMES = ['value', 'orders', 'aov', 'rate'] as const;
export type DidOutcome = (typeof DID_OUTCOMES)[number];

/** 'log': effects on growth (log points); 'level': effects in the outcome's own unit. */
export const DID_SCALES = ['log', 'level'] as const;
export type DidScale = (typeof DID_SCALES)[number];

/** 'not-yet': places not yet in the pilot at t, and never-joined ones; 'never': never-joined only. */
export const COMPARISON_GROUPS = ['not-yet', 'never'] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];

/**
 * How a pre-joining month is compared: 'universal' against the same base as the months after
 * joining (the default: one base, so placebos and effects are on the same footing); 'varying'
 * against the base months just before it (the R `did` package's default, kept for parity checks).
 */
export type PreBase = 'universal' | 'varying';

export interface DidOptions {
	readonly outcome: DidOutcome;
	readonly scale: DidScale;
	readonly comparison: ComparisonGroup;
	/** Months before joining whose mean is the base (12: a full seasonal cycle). */
	readonly baseMonths: number;
	readonly preBase: PreBase;
	/** Event times shown and bootstrapped: months before and after joining. */
	readonly window: { readonly pre: number; readonly post: number };
	/** Months from joining averaged in a group's, a phase's and the overall effect; 'all' = every one. */
	readonly horizon: number | 'all';
	/** Fewest places a group needs (one place cannot be told from its own noise). */
	readonly minTreated: number;
	/** Fewest comparison places a cell needs. */
	readonly minControls: number;
	readonly bootstrap: {
		readonly draws: number;
		readonly seed: string;
		/** Coverage of the simultaneous bands. */
		readonly level: number;
	};
}

export const DEFAULT_DID_OPTIONS: DidOptions = {
	outcome: 'value',
	scale: 'log',
	comparison: 'not-yet',
	baseMonths: 12,
	preBase: 'universal',
	window: { pre: 24, post: 36 },
	horizon: 12,
	minTreated: 2,
	minControls: 5,
	bootstrap: { draws: 999, seed: 'pilot-atlas-did', level: 0.95 }
};

/** The defaults with some choices changed; out-of-range numbers are refused, not clamped. */
export function didOptions(patch: Partial<DidOptions> = {}): DidOptions {
	const o: DidOptions = {
		...DEFAULT_DID_OPTIONS,
		...patch,
		window: { ...DEFAULT_DID_OPTIONS.window, ...patch.window },
		bootstrap: { ...DEFAULT_DID_OPTIONS.bootstrap, ...patch.bootstrap }
	};
	const whole = (v: number, min: number, name: string) => {
		if (!Number.isInteger(v) || v < min)
			throw new Error(`DiD option ${name}: ${v} (at least ${min})`);
	};
	whole(o.baseMonths, 1, 'baseMonths');
	whole(o.window.pre, 0, 'window.pre');
	whole(o.window.post, 0, 'window.post');
	if (o.horizon !== 'all') whole(o.horizon, 1, 'horizon');
	whole(o.minTreated, 1, 'minTreated');
	whole(o.minControls, 1, 'minControls');
	whole(o.bootstrap.draws, 99, 'bootstrap.draws');
	if (!(o.bootstrap.level > 0.5 && o.bootstrap.level < 1)) {
		throw new Error(`DiD option bootstrap.level: ${o.bootstrap.level}`);
	}
	if (!(DID_OUTCOMES as readonly string[]).includes(o.outcome)) {
		throw new Error(`DiD outcome: ${String(o.outcome)}`);
	}
	return o;
}

/** True for the outcomes estimated as a ratio of sums. */
export function isRatioOutcome(outcome: DidOutcome): boolean {
	return outcome === 'aov' || outcome === 'rate';
}
