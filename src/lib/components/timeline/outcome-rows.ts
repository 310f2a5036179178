/**
 * The estimate's numbers as the outcome views show them: on the log scale an effect of θ log
 * points reads as the change exp(θ) − 1 (bands too: the map is monotone), in levels as the
 * outcome's own unit. Rows for the event-time chart and its twin, and for the group × month
 * table. Pure.
 */
import type { NumberKind } from '../../format/column';
import {
	asChange,
	reasonMessage,
	rootReason,
	type CellResult,
	type DidResult,
	type EffectEstimate,
	type Estimable
} from '../../analysis/did';

/** How an effect reads: a change on the log scale, else the outcome's unit. */
export function effectKind(r: Pick<DidResult, 'options'>): NumberKind {
	if (r.options.scale === 'log') return 'change';
	if (r.options.outcome === 'orders') return 'count';
	if (r.options.outcome === 'rate') return 'rate';
	return 'cny';
}

/** An effect in the kind's scale (null stays null). */
export function shownEffect(r: Pick<DidResult, 'options'>, v: number | null): number | null {
	if (v === null) return null;
	return r.options.scale === 'log' ? asChange(v) : v;
}

export interface ShownEffect {
	readonly estimate: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	/** Standard error in the estimator's own scale (log points, or the unit). */
	readonly se: number | null;
	readonly reason: ReturnType<typeof reasonMessage> | null;
}

/** An estimable effect as shown, or its reason. */
export function shown(r: Pick<DidResult, 'options'>, e: Estimable<EffectEstimate>): ShownEffect {
	if (!e.ok) {
		const why = reasonMessage(rootReason(e.reasons[0] ?? { code: 'no-treated' }));
		return { estimate: null, lower: null, upper: null, se: null, reason: why };
	}
	return {
		estimate: shownEffect(r, e.estimate),
		lower: shownEffect(r, e.lower),
		upper: shownEffect(r, e.upper),
		se: e.se,
		reason: null
	};
}

export interface EventRow extends ShownEffect {
	readonly e: number;
	readonly places: number;
	readonly groups: number;
}

/** The points of one event-time series ('all' or a cohort); empty when it is not there. */
export function eventRows(r: DidResult, id: string): EventRow[] {
	const s = r.event.find((x) => x.id === id);
	return (s?.points ?? []).map((p) => ({
		e: p.e,
		places: p.places,
		groups: p.groups.length,
		...shown(r, p.result)
	}));
}

export interface CellRow extends ShownEffect {
	readonly key: string;
	readonly group: string;
	readonly month: string;
	readonly e: number;
	readonly treated: number;
	readonly controls: number;
}

/**
 * The group × month cells, by group then month; a group none of whose cells is estimable is left
 * out here and said once (`unestimableGroups`), not in a row per month.
 */
export function cellRows(r: DidResult): CellRow[] {
	const shownGroups = new Set(r.cells.filter((c) => c.result.ok).map((c) => c.group));
	return r.cells
		.filter((c) => shownGroups.has(c.group))
		.map((c: CellResult) => ({
			key: `${c.group}:${c.month}`,
			group: c.group,
			month: c.month,
			e: c.e,
			treated: c.treated,
			controls: c.controls,
			...shown(r, c.result)
		}));
}

/** The joining groups without any estimable cell, with their places and why. */
export function unestimableGroups(
	r: DidResult
): { group: string; places: number; reason: ReturnType<typeof reasonMessage> }[] {
	const estimable = new Set(r.cells.filter((c) => c.result.ok).map((c) => c.group));
	return r.groups
		.filter((g) => !estimable.has(g.group))
		.map((g) => ({
			group: g.group,
			places: g.places,
			reason: reasonMessage(
				rootReason((g.effect.ok ? null : g.effect.reasons[0]) ?? { code: 'no-treated' })
			)
		}));
}

/** The series the event-time chart can draw under these filters: 'all', then each cohort. */
export function eventSeriesIds(r: DidResult): string[] {
	return r.event.filter((s) => s.points.some((p) => p.result.ok)).map((s) => s.id);
}
