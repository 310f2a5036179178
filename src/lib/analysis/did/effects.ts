/**
 * From group-time cells to the summaries an analyst reads: a group's effect over its first months
 * (θ(g)), effects by months since joining (θ(e)), and size-weighted averages per phase and overall.
 * Still point estimates with influence functions; inference.ts adds the uncertainty. Pure.
 */
import { meanOf, weightedOf, type Influenced } from './aggregate';
import type { GroupTimeCell } from './cells';
import type { JoiningGroup } from './groups';
import type { DidOptions } from './options';
import type { OutcomeSeries } from './outcome-series';
import { notEstimable, type Estimable, type NotEstimable } from './reasons';

export type Raw = Estimable<Influenced>;

const ok = (x: Influenced): Raw => ({ ok: true, ...x });

function firstReason(cells: readonly GroupTimeCell[]): NotEstimable | null {
	return cells.find((c) => c.reasons.length > 0)?.reasons[0] ?? null;
}

/**
 * Places of a group that the weights count: those with a usable base (on a log outcome, a place
 * with a zero in its base months cannot be in any of the group's cells).
 */
export function groupMembers(
	group: JoiningGroup,
	series: OutcomeSeries,
	options: DidOptions,
	T: number
): number[] {
	if (series.kind === 'ratio') return [...group.units];
	const b0 = group.g - options.baseMonths;
	return group.units.filter((i) => {
		for (let p = Math.max(0, b0); p < group.g; p++)
			if (!Number.isFinite(series.y[i * T + p])) return false;
		return b0 >= 0;
	});
}

/** The group's mean effect over months 0 … horizon − 1 after joining (all post months: 'all'). */
export function groupEffect(
	group: JoiningGroup,
	cells: readonly GroupTimeCell[],
	options: DidOptions,
	T: number
): Raw & { months: number } {
	if (group.reasons.length) return { ...notEstimable<Influenced>(...group.reasons), months: 0 };
	const post = cells.filter((c) => c.e >= 0);
	const n = cells[0]?.psi?.length ?? 0;
	if (options.horizon === 'all') {
		const usable = post.filter((c) => c.att !== null && c.psi);
		if (usable.length === 0) {
			return {
				...notEstimable<Influenced>(firstReason(post) ?? { code: 'no-post-months' }),
				months: 0
			};
		}
		const parts = usable.map((c) => ({ theta: c.att as number, psi: c.psi as Float64Array }));
		return { ...ok(meanOf(parts, parts[0]?.psi.length ?? n)), months: usable.length };
	}
	const H = options.horizon;
	const inWindow = post.filter((c) => c.e < H);
	if (T - group.g < H) {
		return {
			...notEstimable<Influenced>({
				code: 'few-post-months',
				available: Math.max(0, T - group.g),
				needed: H
			}),
			months: 0
		};
	}
	const missing = inWindow.filter((c) => c.att === null);
	if (missing.length > 0) {
		const first = firstReason(missing) ?? { code: 'no-post-months' };
		return {
			...notEstimable<Influenced>({
				code: 'incomplete-horizon',
				missing: missing.length,
				months: H,
				first
			}),
			months: 0
		};
	}
	const parts = inWindow.map((c) => ({ theta: c.att as number, psi: c.psi as Float64Array }));
	return { ...ok(meanOf(parts, parts[0]?.psi.length ?? n)), months: H };
}

/** A size-weighted average of parts that each count some places; not estimable without parts. */
export function weightedRaw(
	parts: readonly { raw: Raw; members: readonly number[] }[],
	n: number
): Raw {
	const usable = parts.filter((p) => p.raw.ok && p.members.length > 0);
	if (usable.length === 0) {
		const first = parts.find((p) => !p.raw.ok)?.raw;
		return notEstimable({
			code: 'no-estimable-group',
			first: first && !first.ok ? (first.reasons[0] ?? null) : null
		});
	}
	return ok(
		weightedOf(
			usable.map((p) => {
				const r = p.raw as Influenced;
				return { theta: r.theta, psi: r.psi, members: p.members };
			}),
			n
		)
	);
}

/** One event-time point: the groups whose cell at e is estimable, weighted by their places. */
export function eventRaw(
	e: number,
	groups: readonly {
		group: JoiningGroup;
		cells: readonly GroupTimeCell[];
		members: readonly number[];
	}[],
	n: number
): { raw: Raw; groups: string[]; places: number } {
	const parts = groups
		.filter((x) => x.members.length > 0)
		.map((x) => {
			const cell = x.cells.find((c) => c.e === e);
			const raw: Raw =
				cell && cell.att !== null && cell.psi
					? ok({ theta: cell.att, psi: cell.psi })
					: notEstimable(...(cell?.reasons ?? [{ code: 'no-post-months' as const }]));
			return { raw, members: x.members, label: x.group.label };
		});
	const used = parts.filter((p) => p.raw.ok);
	return {
		raw: weightedRaw(parts, n),
		groups: used.map((p) => p.label),
		places: used.reduce((s, p) => s + p.members.length, 0)
	};
}
