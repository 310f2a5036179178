/**
 * What each view needs of the loaded grain, and whether it can answer: a category chart over data
 * without categories cannot; a cohort chart over province totals cannot (cohorts are sets of
 * cities); a monthly chart over annual data can, one point per year, and says so. Two tables at
 * different time grains are never summed period by period. Reasons and notes are codes with
 * parameters; `src/lib/i18n/messages/grain.ts` words them in both languages. Pure.
 */
import type { Filters } from './filters';
import { isPeriodEnd, isPeriodStart, type Grain, type TimeGrain } from './grain';

export type FactTable = 'imports' | 'violations';
export type TableSource = 'sample' | 'yours' | 'mixed';

export interface ViewNeeds {
	readonly tables: readonly FactTable[];
	/** Month-by-month views (event study, the map's frames) cannot use coarser periods. */
	readonly monthly?: boolean;
	/** Breakdown columns that must hold codes, by table. */
	readonly breakdowns?: Partial<Record<FactTable, readonly string[]>>;
	/** The view sums whole years or the chosen range, so its tables may differ in time grain. */
	readonly sumsPeriods?: boolean;
	/** The view shows the whole span whatever the month filter (the timeline's brush). */
	readonly ignoresMonths?: boolean;
	/** The view draws a time axis (coarser periods are then worth a note). */
	readonly timeAxis?: boolean;
}

const IMPORTS: readonly FactTable[] = ['imports'];
const BOTH: readonly FactTable[] = ['imports', 'violations'];

export const VIEW_NEEDS = {
	'overview.cards': { tables: BOTH, sumsPeriods: true },
	'timeline.series': { tables: IMPORTS, ignoresMonths: true, timeAxis: true },
	'timeline.period': { tables: IMPORTS, sumsPeriods: true },
	'timeline.eventStudy': { tables: IMPORTS, monthly: true, ignoresMonths: true },
	'timeline.growth': { tables: IMPORTS, monthly: true, ignoresMonths: true },
	'map.workspace': { tables: BOTH, monthly: true },
	'categories.composition': { tables: IMPORTS, breakdowns: { imports: ['category'] } },
	'categories.difference': { tables: IMPORTS, breakdowns: { imports: ['category'] } },
	'categories.shareTrend': { tables: IMPORTS, breakdowns: { imports: ['category'] } },
	'categories.channelSplit': {
		tables: IMPORTS,
		breakdowns: { imports: ['category', 'channel'] }
	},
	'compliance.summary': { tables: BOTH, sumsPeriods: true },
	'compliance.trend': { tables: BOTH, timeAxis: true },
	'compliance.typeTrend': { tables: BOTH, timeAxis: true, breakdowns: { violations: ['type'] } },
	'compliance.funnel': { tables: BOTH, sumsPeriods: true },
	'compliance.league': { tables: BOTH, sumsPeriods: true },
	'city.series': { tables: IMPORTS, timeAxis: true },
	'city.mix': { tables: IMPORTS, breakdowns: { imports: ['category'] } },
	'city.violations': { tables: BOTH, timeAxis: true }
} as const satisfies Record<string, ViewNeeds>;

export type ViewId = keyof typeof VIEW_NEEDS;

export type GrainReason =
	| { readonly code: 'needs-city'; readonly table: FactTable }
	| { readonly code: 'needs-month'; readonly table: FactTable; readonly time: TimeGrain }
	| {
			readonly code: 'needs-breakdown';
			readonly table: FactTable;
			readonly column: string;
			readonly level: 'all' | 'unknown';
	  }
	| { readonly code: 'filter-unavailable'; readonly table: FactTable; readonly column: string }
	| {
			readonly code: 'months-misaligned';
			readonly table: FactTable;
			readonly time: TimeGrain;
			readonly month: string;
	  }
	| {
			readonly code: 'tables-differ';
			readonly first: TimeGrain;
			readonly second: TimeGrain;
	  };

export type GrainNote =
	| { readonly code: 'periods'; readonly table: FactTable; readonly time: TimeGrain }
	| { readonly code: 'scope-unknown'; readonly table: FactTable; readonly column: string }
	| { readonly code: 'mixed-sources' };

export interface GrainVerdict {
	readonly ok: boolean;
	readonly reasons: readonly GrainReason[];
	readonly notes: readonly GrainNote[];
}

export interface GrainContext {
	readonly grains: Readonly<Record<FactTable, Grain>>;
	readonly sources: Readonly<Record<FactTable, TableSource>>;
	readonly filters: Filters;
}

const FILTERED_BREAKDOWNS = [
	['categories', 'category'],
	['channels', 'channel']
] as const;

/** Whether `view` can answer at the loaded grain under the filters, and if not, why. */
export function canAnswer(view: ViewId, context: GrainContext): GrainVerdict {
	const needs: ViewNeeds = VIEW_NEEDS[view];
	const reasons: GrainReason[] = [];
	const notes: GrainNote[] = [];
	for (const table of needs.tables) {
		const grain = context.grains[table];
		if (grain.place !== 'city') reasons.push({ code: 'needs-city', table });
		if (needs.monthly && grain.time !== 'month') {
			reasons.push({ code: 'needs-month', table, time: grain.time });
		} else if (needs.timeAxis && grain.time !== 'month') {
			notes.push({ code: 'periods', table, time: grain.time });
		}
		for (const column of needs.breakdowns?.[table] ?? []) {
			const level = grain.breakdowns[column];
			if (level === 'all' || level === 'unknown') {
				reasons.push({ code: 'needs-breakdown', table, column, level });
			}
		}
		for (const [filter, column] of FILTERED_BREAKDOWNS) {
			const level = grain.breakdowns[column];
			if (context.filters[filter].length > 0 && level !== undefined && level !== 'detail') {
				reasons.push({ code: 'filter-unavailable', table, column });
			}
		}
		for (const [column, level] of Object.entries(grain.breakdowns)) {
			if (level === 'unknown') notes.push({ code: 'scope-unknown', table, column });
		}
		if (!needs.ignoresMonths && !needs.monthly) {
			const { from, to } = context.filters;
			const bad =
				(from && !isPeriodStart(from, grain.time) ? from : null) ??
				(to && !isPeriodEnd(to, grain.time) ? to : null);
			if (bad) reasons.push({ code: 'months-misaligned', table, time: grain.time, month: bad });
		}
	}
	if (needs.tables.length > 1 && !needs.sumsPeriods) {
		const [first, second] = needs.tables.map((t) => context.grains[t].time);
		if (first && second && first !== second) reasons.push({ code: 'tables-differ', first, second });
	}
	const sources = new Set(needs.tables.map((t) => context.sources[t]));
	if (sources.size > 1 || sources.has('mixed')) notes.push({ code: 'mixed-sources' });
	return { ok: reasons.length === 0, reasons, notes };
}
