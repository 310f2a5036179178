/**
 * What each report view stands on: the fact tables it reads (for "sample data" / "your data"),
 * the reference lists it draws facts from (for its sources), and which filters it applies (for
 * its caption in words). A report's sources section lists only what its blocks cite.
 */
import type { FilterKey, Filters } from '../model/filters';
import { REFERENCE_CITIES } from '../reference/cities';
import { REFERENCE_CSV } from '../reference/csv';
import type { ReportViewId } from './spec';

export type FactTable = 'imports' | 'violations';
type Reference = 'phases' | 'events' | 'cities' | 'categories' | 'violation_types';

export interface ViewContext {
	readonly tables: readonly FactTable[];
	readonly references: readonly Reference[];
	/** Sources cited outside the reference lists (e.g. a notice marked on the chart). */
	readonly sources?: readonly string[];
	/** Whether the view reads the global filters at all, and the filter metric. */
	readonly filtered: boolean;
	readonly metric: boolean;
}

const imports = (references: readonly Reference[], metric = true): ViewContext => ({
	tables: ['imports'],
	references,
	filtered: true,
	metric
});
const violations = (references: readonly Reference[], sources?: string[]): ViewContext => ({
	tables: ['violations', 'imports'],
	references: ['violation_types', ...references],
	sources,
	filtered: true,
	metric: false
});

export const VIEW_CONTEXT: Record<ReportViewId, ViewContext> = {
	'phase-cards': { ...imports(['phases']), filtered: false },
	'pilot-count': {
		tables: [],
		references: ['phases', 'events', 'cities'],
		filtered: false,
		metric: false
	},
	timeline: imports(['phases', 'events']),
	'period-summary': imports(['phases']),
	'event-study': imports(['phases']),
	'join-growth': imports(['phases']),
	'category-mix': imports(['phases', 'categories']),
	'category-diff': imports(['phases', 'categories']),
	'category-trend': imports(['phases', 'categories']),
	'category-channel': imports(['categories']),
	'compliance-summary': violations(['phases']),
	'compliance-cohort-trend': violations(['phases'], ['S9']),
	'compliance-type-trend': violations([], ['S9']),
	'compliance-funnel': violations(['phases']),
	'city-league': violations(['phases', 'cities']),
	'map-expansion': imports(['phases', 'cities']),
	'map-tiles': imports(['phases', 'cities'])
};

const ALL: readonly FilterKey[] = [
	'phases',
	'provinces',
	'cities',
	'categories',
	'channels',
	'from',
	'to',
	'metric'
];

/** The filters a view applies: violations have no goods category or channel. */
export function appliedFilters(context: ViewContext): FilterKey[] {
	if (!context.filtered) return [];
	return ALL.filter(
		(k) =>
			!(k === 'metric' && !context.metric) &&
			!((k === 'categories' || k === 'channels') && context.tables[0] === 'violations')
	);
}

const ids = (text: string | undefined) => (text ?? '').split(';').filter(Boolean);

/** The source ids behind a view under its filters (a phase filter narrows phases and cities). */
export function viewSourceIds(context: ViewContext, filters: Filters): string[] {
	const phases = filters.phases.length > 0 && context.filtered ? new Set(filters.phases) : null;
	const keep = (phase: string | undefined) => !phases || !phase || phases.has(phase);
	const out: string[] = [...(context.sources ?? [])];
	for (const ref of context.references) {
		if (ref === 'cities')
			out.push(...REFERENCE_CITIES.filter((c) => keep(c.phase)).flatMap((c) => c.source_ids));
		else if (ref === 'phases')
			out.push(...REFERENCE_CSV.phases.filter((p) => keep(p.id)).flatMap((p) => ids(p.source_ids)));
		else if (ref === 'events')
			out.push(
				...REFERENCE_CSV.events.filter((e) => keep(e.phase)).flatMap((e) => ids(e.source_ids))
			);
		else out.push(...REFERENCE_CSV[ref].flatMap((r) => ids(r.source_ids)));
	}
	return [...new Set(out)];
}

/** The sources of the sample itself: the published totals it is calibrated to. */
export function sampleSourceIds(): string[] {
	return [...new Set(REFERENCE_CSV.sample_targets.flatMap((r) => ids(r.source_ids)))];
}

/** Source ids in their list order (S1, S2, … S20), for a stable sources section. */
export function orderedSources(wanted: Iterable<string>) {
	const set = new Set(wanted);
	return REFERENCE_CSV.sources.filter((s) => set.has(s.id ?? ''));
}
