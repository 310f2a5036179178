/**
 * The staggered-adoption difference-in-differences estimate (Callaway & Sant'Anna 2021) on a
 * panel: group-time effects, their summaries by months since joining, per group, per phase and
 * overall, simultaneous bands from a seeded multiplier bootstrap clustered by place, the pre-trend
 * test, and the naive two-way fixed-effects estimate beside it. Pure; see docs/outcomes-method.md.
 */
import { MultiplierBootstrap } from './bootstrap';
import { groupCells, type GroupTimeCell } from './cells';
import { eventRaw, groupEffect, groupMembers, weightedRaw, type Raw } from './effects';
import { joiningGroups, type JoiningGroup } from './groups';
import { Inference } from './inference';
import { didOptions, type DidOptions } from './options';
import { prepareOutcome } from './outcome-series';
import type { DidPanel } from './panel';
import type { NotEstimable } from './reasons';
import type { AggregateResult, CellResult, DidResult, EventSeries, GroupResult } from './result';
import { twfe } from './twfe';

interface GroupWork {
	readonly group: JoiningGroup;
	readonly cells: readonly GroupTimeCell[];
	readonly members: readonly number[];
	readonly effect: Raw & { months: number };
}

export function estimateDid(panel: DidPanel, patch: Partial<DidOptions> = {}): DidResult {
	const options = didOptions(patch);
	const n = panel.places.length;
	const T = panel.periods.length;
	const { series, dropped } = prepareOutcome(panel, options.outcome, options.scale);
	const groups = joiningGroups(panel, options);
	const work: GroupWork[] = groups.map((group) => {
		const cells = groupCells(panel, series, group, options);
		return {
			group,
			cells,
			members: groupMembers(group, series, options, T),
			effect: groupEffect(group, cells, options, T)
		};
	});
	const reasons: NotEstimable[] = [];
	if (groups.length === 0) reasons.push({ code: 'no-treated' });
	if (new Set(panel.group).size <= 1) reasons.push({ code: 'no-variation' });
	const inference = new Inference(
		new MultiplierBootstrap(n, options.bootstrap.draws, options.bootstrap.seed),
		options.bootstrap.level
	);

	// Cells inside the event window share one band (as the R `did` package's att_gt).
	const { pre, post } = options.window;
	const shown = work.flatMap((w) =>
		w.cells.filter((c) => c.e >= -pre && c.e <= post).map((c) => ({ w, c }))
	);
	const cellBands = inference.family(shown.map(({ c }) => rawOf(c)));
	const cells: CellResult[] = shown.map(({ w, c }, k) => ({
		group: w.group.label,
		month: panel.periods[c.t] ?? '',
		e: c.e,
		treated: c.treated,
		controls: c.controls,
		result: cellBands.estimates[k]!
	}));

	const groupBands = inference.family(work.map((w) => w.effect));
	const groupResults: GroupResult[] = work.map((w, k) => {
		const est = groupBands.estimates[k]!;
		return {
			group: w.group.label,
			...composition(panel, w.group.units),
			effect: est.ok ? { ...est, months: w.effect.months } : est
		};
	});

	const cohorts = [
		...new Set(groups.flatMap((g) => g.units.map((i) => panel.places[i]?.cohort ?? '')))
	].filter(Boolean);
	const membersIn = (w: GroupWork, id: string) =>
		id === 'all' ? w.members : w.members.filter((i) => panel.places[i]?.cohort === id);

	const event: EventSeries[] = ['all', ...cohorts].map((id) => {
		const parts = work.map((w) => ({ group: w.group, cells: w.cells, members: membersIn(w, id) }));
		const es = range(-pre, post).map((e) => ({ e, ...eventRaw(e, parts, n) }));
		const bands = inference.family(es.map((p) => p.raw));
		return {
			id,
			points: es.map((p, k) => ({
				e: p.e,
				groups: p.groups,
				places: p.places,
				result: bands.estimates[k]!
			})),
			critical: bands.critical,
			preTrend: inference.preTrend(es.filter((p) => p.e < 0).map((p) => p.raw))
		};
	});

	const rawOfAggregate = (id: string) =>
		weightedRaw(
			work.map((w) => ({ raw: w.effect, members: membersIn(w, id) })),
			n
		);
	const phaseBands = inference.family(cohorts.map(rawOfAggregate));
	const phases: AggregateResult[] = cohorts.map((id, k) => ({
		...aggregateInfo(panel, work, id, membersIn),
		effect: phaseBands.estimates[k]!
	}));
	const overall: AggregateResult = {
		...aggregateInfo(panel, work, 'all', membersIn),
		effect: inference.family([rawOfAggregate('all')]).estimates[0]!
	};

	const selected = new Set(groups.flatMap((g) => g.units));
	const naive = twfe(panel, series, (i) => selected.has(i) || panel.group[i] === Infinity);
	return {
		options,
		from: panel.periods[0] ?? '',
		to: panel.periods.at(-1) ?? '',
		counts: {
			places: n,
			selected: panel.places.filter((p) => p.selected).length,
			neverJoined: panel.places.filter((_, i) => panel.group[i] === Infinity).length
		},
		cells,
		groups: groupResults,
		event,
		phases,
		overall,
		twfe: naive,
		dropped,
		reasons
	};
}

/** Which groups and places an aggregate (a cohort, or 'all') uses, and which it leaves out. */
function aggregateInfo(
	panel: DidPanel,
	work: readonly GroupWork[],
	id: string,
	membersIn: (w: GroupWork, id: string) => readonly number[]
): Omit<AggregateResult, 'effect'> {
	const ofIt = (w: GroupWork) =>
		id === 'all' ? w.group.units : membersOfCohort(panel, w.group.units, id);
	const inIt = work.filter((w) => ofIt(w).length > 0);
	const usable = inIt.filter((w) => w.effect.ok && membersIn(w, id).length > 0);
	const places = usable.flatMap((w) => membersIn(w, id));
	return {
		id,
		groups: usable.map((w) => w.group.label),
		places: places.length,
		placesSelected: inIt.reduce((s, w) => s + ofIt(w).length, 0),
		...basisCounts(panel, places),
		excluded: inIt
			.filter((w) => !usable.includes(w))
			.map((w) => ({
				group: w.group.label,
				places: ofIt(w).length,
				// A group with an effect but no usable place: every place had a zero in its base.
				reasons: w.effect.ok
					? [{ code: 'log-nonpositive' as const, places: ofIt(w).length, months: 0 }]
					: w.effect.reasons
			}))
	};
}

function rawOf(c: GroupTimeCell): Raw {
	return c.att !== null && c.psi
		? { ok: true, theta: c.att, psi: c.psi }
		: { ok: false, reasons: c.reasons };
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function membersOfCohort(panel: DidPanel, units: readonly number[], cohort: string): number[] {
	return units.filter((i) => panel.places[i]?.cohort === cohort);
}

function basisCounts(panel: DidPanel, units: readonly number[]) {
	const basis = (b: string) => units.filter((i) => panel.places[i]?.basis === b).length;
	return { named: basis('named'), inferred: basis('inferred') };
}

function composition(panel: DidPanel, units: readonly number[]) {
	const cohorts: Record<string, number> = {};
	for (const i of units) {
		const c = panel.places[i]?.cohort ?? '';
		cohorts[c] = (cohorts[c] ?? 0) + 1;
	}
	return { cohorts, places: units.length, ...basisCounts(panel, units) };
}
