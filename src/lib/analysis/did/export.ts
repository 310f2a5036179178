/**
 * The estimates as a table for the existing exports (CSV, XLSX, Parquet, Arrow, JSON, each with
 * its provenance): one row per group-time cell, event-time point, group, phase, the overall
 * effect and the naive two-way fixed-effects estimate. A not-estimable row keeps its place and
 * says why, in English, instead of a number.
 */
import { rowsToTable, tableToStreamBytes, type Row } from '../../data/arrow-table';
import type { QuerySpec } from '../../db/connector';
import type { ExportSource } from '../../export/source';
import { CATALOGUES } from '../../i18n/catalogue';
import { serialiseFilters, type Filters } from '../../model/filters';
import type { TableSpec } from '../../schema';
import { reasonMessage, rootReason, type Estimable } from './reasons';
import type { DidResult, EffectEstimate } from './result';

const col = (name: string, type: 'VARCHAR' | 'INTEGER' | 'DOUBLE', description: string) => ({
	name,
	type,
	description,
	nullable: true
});

/** The columns of the estimates export. */
export const ESTIMATES_TABLE = {
	name: 'outcome_estimates',
	kind: 'modelled',
	description:
		'Difference-in-differences estimates of what joining the pilot changed (Callaway & Sant’Anna 2021)',
	primaryKey: ['level', 'series', 'group', 'month', 'event_time'],
	columns: [
		col(
			'level',
			'VARCHAR',
			"'cell' (group × month), 'event', 'group', 'phase', 'overall' or 'twfe'"
		),
		col('series', 'VARCHAR', "the cohort of an event-time point or phase, or 'all'"),
		col('group', 'VARCHAR', 'joining month of the group (YYYY-MM)'),
		col('month', 'VARCHAR', 'calendar month of a cell (YYYY-MM)'),
		col('event_time', 'INTEGER', 'months since joining'),
		col('outcome', 'VARCHAR', "'value', 'orders', 'aov' or 'rate'"),
		col('scale', 'VARCHAR', "'log' (log points) or 'level' (the outcome's unit)"),
		col('estimate', 'DOUBLE', 'the estimate'),
		col('std_error', 'DOUBLE', 'bootstrap standard error (clustered by place)'),
		col('lower', 'DOUBLE', 'lower end of the 95 % band (simultaneous over its family)'),
		col('upper', 'DOUBLE', 'upper end of the band'),
		col('treated_places', 'INTEGER', 'places of the group(s) behind the estimate'),
		col('control_places', 'INTEGER', 'comparison places (cells only)'),
		col('not_estimable', 'VARCHAR', 'why there is no number, when there is none')
	]
} as const satisfies TableSpec;

type EstimateRow = Record<(typeof ESTIMATES_TABLE.columns)[number]['name'], string | number | null>;

function numbers(e: Estimable<EffectEstimate>) {
	if (!e.ok) {
		const m = reasonMessage(rootReason(e.reasons[0] ?? { code: 'no-pre-periods' }));
		const text = CATALOGUES.en[m.key].replace(/\{(\w+)\}/g, (s, k: string) =>
			String(m.params[k] ?? s)
		);
		return { estimate: null, std_error: null, lower: null, upper: null, not_estimable: text };
	}
	return {
		estimate: e.estimate,
		std_error: e.se,
		lower: e.lower,
		upper: e.upper,
		not_estimable: null
	};
}

/** Every estimate of a result as export rows. */
export function estimateRows(r: DidResult): EstimateRow[] {
	const base = { outcome: r.options.outcome, scale: r.options.scale };
	const blank = { series: null, group: null, month: null, event_time: null, control_places: null };
	return [
		...r.cells.map((c) => ({
			...base,
			level: 'cell',
			series: 'all',
			group: c.group,
			month: c.month,
			event_time: c.e,
			treated_places: c.treated,
			control_places: c.controls,
			...numbers(c.result)
		})),
		...r.event.flatMap((s) =>
			s.points.map((p) => ({
				...base,
				...blank,
				level: 'event',
				series: s.id,
				event_time: p.e,
				treated_places: p.places,
				...numbers(p.result)
			}))
		),
		...r.groups.map((g) => ({
			...base,
			...blank,
			level: 'group',
			series: 'all',
			group: g.group,
			treated_places: g.places,
			...numbers(g.effect)
		})),
		...[...r.phases, r.overall].map((a) => ({
			...base,
			...blank,
			level: a.id === 'all' ? 'overall' : 'phase',
			series: a.id,
			treated_places: a.places,
			...numbers(a.effect)
		})),
		{
			...base,
			...blank,
			level: 'twfe',
			series: 'all',
			treated_places: r.twfe.ok ? r.twfe.places : null,
			...numbers(
				r.twfe.ok
					? {
							ok: true,
							estimate: r.twfe.estimate,
							se: r.twfe.se,
							seAnalytic: r.twfe.se,
							lower: r.twfe.lower,
							upper: r.twfe.upper
						}
					: r.twfe
			)
		}
	];
}

/**
 * What the export menu needs: the rows as Arrow, the filters, and the SQL of the input panel
 * (the estimation itself ran in the browser, which `contents` says).
 */
export function estimatesExportSource(
	r: DidResult,
	filters: Filters,
	queries: { readonly places: QuerySpec; readonly months: QuerySpec }
): ExportSource {
	const rows = estimateRows(r);
	const ipc = tableToStreamBytes(rowsToTable(ESTIMATES_TABLE, rows as Row[]));
	return {
		ipc,
		rows: rows.length,
		contents: `outcome-estimates-${r.options.outcome}-${r.options.scale}`,
		filters: Object.fromEntries(serialiseFilters(filters)),
		sql: `-- places\n${queries.places.sql};\n-- place-months\n${queries.months.sql};\n-- estimated in the browser: analysis/did (Callaway & Sant'Anna 2021), ${r.options.bootstrap.draws} bootstrap draws, seed ${r.options.bootstrap.seed}`,
		params: [...queries.places.params, ...queries.months.params],
		tables: ['imports', 'violations', 'cities', 'phases']
	};
}
