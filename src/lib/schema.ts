/**
 * The data contract: every table Pilot Atlas loads, written once. The generator, the loader, the
 * upload validator and the exports all read these definitions; `data/README.md` documents them.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ColumnSpec {
	readonly name: string;
	readonly type: ColumnType;
	readonly nullable?: boolean;
	readonly unit?: string;
	readonly description: string;
}

/**
 * Which columns of a fact table carry its grain: where (a city, or a province), when (the first
 * month of a month, quarter or year) and the breakdowns (goods category, channel, violation type),
 * each of which may hold a code, `TOTAL_CODE` (the rows cover all of them) or `UNKNOWN_CODE`.
 * The grain itself is data: each loaded table has one (see src/lib/model/grain.ts).
 */
export interface GrainColumns {
	readonly place: string;
	readonly time: string;
	readonly breakdowns: readonly string[];
}

export interface TableSpec {
	readonly name: string;
	/** `reference` tables hold sourced facts; `modelled` tables hold the generated sample. */
	readonly kind: 'reference' | 'modelled';
	readonly description: string;
	readonly primaryKey: readonly string[];
	readonly columns: readonly ColumnSpec[];
	/** Fact tables only: the columns that say at what grain a row is. */
	readonly grain?: GrainColumns;
}

/** A breakdown column's value when a row covers every category, channel or type ("all goods"). */
export const TOTAL_CODE = 'all';
/** A breakdown column's value when the file does not say which category, channel or type. */
export const UNKNOWN_CODE = 'unknown';

const col = (
	name: string,
	type: ColumnType,
	description: string,
	extra: { nullable?: boolean; unit?: string } = {}
): ColumnSpec => ({ name, type, description, ...extra });

export const CITIES = {
	name: 'cities',
	kind: 'reference',
	description:
		'Every place in the reference list, with its pilot phase and the basis of that membership; in the sample, also the modelled comparison places that never joined.',
	primaryKey: ['code'],
	columns: [
		col(
			'code',
			'VARCHAR',
			"GB/T 2260 code; 'x-xiongan' for Xiong'an New Area, which has none; 'x-rest-' + the province's code for a modelled comparison place"
		),
		col('code_official', 'BOOLEAN', 'true when `code` is a GB/T 2260 code'),
		col('name_en', 'VARCHAR', 'English name'),
		col('name_zh', 'VARCHAR', 'Chinese name'),
		col('province_code', 'VARCHAR', 'GB/T 2260 code of the provincial-level division'),
		col('province_en', 'VARCHAR', 'province, English'),
		col('province_zh', 'VARCHAR', 'province, Chinese'),
		col('lat', 'DOUBLE', 'approximate city-centre latitude (WGS84, for map placement only)', {
			unit: '°'
		}),
		col('lon', 'DOUBLE', 'approximate city-centre longitude (WGS84)', { unit: '°' }),
		col(
			'phase',
			'VARCHAR',
			"pilot phase id (see `phases`), or 'none' for a place outside the pilot (a comparison place)"
		),
		col(
			'joined_month',
			'DATE',
			'first month the retail-import policy applied (first of month); empty for a place that never joined',
			{ nullable: true }
		),
		col(
			'basis',
			'VARCHAR',
			"'named' (a source names the city), 'inferred' (follows from a rule) or 'modelled' (a comparison place of the sample model)"
		),
		col('cbec_zone_batch', 'INTEGER', 'batch of CBEC comprehensive pilot zones (1–7)', {
			nullable: true
		}),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated (see `sources`)")
	]
} as const satisfies TableSpec;

export const PHASES = {
	name: 'phases',
	kind: 'reference',
	description: 'The expansion phases of the pilot and the comparison cohort each belongs to.',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 't2016, t2017, p2018, p2020, p2021'),
		col('ord', 'INTEGER', 'chronological order'),
		col('cohort', 'VARCHAR', "comparison cohort: 'c37', 'c86' or 'call' (all zones)"),
		col('label_en', 'VARCHAR', 'label, English'),
		col('label_zh', 'VARCHAR', 'label, Chinese'),
		col('notice_no', 'VARCHAR', 'the notice that set the phase up'),
		col('announced', 'DATE', 'date the phase was announced'),
		col('effective', 'DATE', 'date the policy applied from'),
		col('date_precision', 'VARCHAR', "'day' or 'month': how precisely the sources date it"),
		col('official_added', 'INTEGER', 'cities the phase added, per the notice', { nullable: true }),
		col('official_total', 'INTEGER', 'cumulative official city count', { nullable: true }),
		col('official_count_note', 'VARCHAR', 'what the official count covers'),
		col('description_en', 'VARCHAR', 'what the phase did'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated")
	]
} as const satisfies TableSpec;

export const EVENTS = {
	name: 'events',
	kind: 'reference',
	description: 'Dated policy milestones, each with its source.',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'event id'),
		col('date', 'DATE', 'date of the event (first of month when only the month is known)'),
		col('date_precision', 'VARCHAR', "'day' or 'month'"),
		col('kind', 'VARCHAR', "'notice', 'tax' or 'positive_list'"),
		col('phase', 'VARCHAR', 'phase the event opened', { nullable: true }),
		col('label_en', 'VARCHAR', 'short label, English'),
		col('label_zh', 'VARCHAR', 'short label, Chinese'),
		col('description_en', 'VARCHAR', 'what happened'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated")
	]
} as const satisfies TableSpec;

export const CATEGORIES = {
	name: 'categories',
	kind: 'reference',
	description: 'Goods categories of retail imports and the shares the sample is calibrated to.',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'category id'),
		col('ord', 'INTEGER', 'display order'),
		col('name_en', 'VARCHAR', 'name, English'),
		col('name_zh', 'VARCHAR', 'name, Chinese'),
		col('share_2022_pct', 'DOUBLE', 'share of imports in 2022 used by the sample model', {
			unit: '%'
		}),
		col('share_basis', 'VARCHAR', "'published' (with a source) or 'assumed'"),
		col('avg_order_cny', 'DOUBLE', 'assumed average order value used by the sample model', {
			unit: 'yuan'
		}),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", { nullable: true })
	]
} as const satisfies TableSpec;

export const VIOLATION_TYPES = {
	name: 'violation_types',
	kind: 'reference',
	description: 'Kinds of rule-breaking named by the rules and by customs enforcement.',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'violation type id'),
		col('ord', 'INTEGER', 'display order'),
		col('name_en', 'VARCHAR', 'name, English'),
		col('name_zh', 'VARCHAR', 'name, Chinese'),
		col('channel_scope', 'VARCHAR', "'1210' when only bonded imports can commit it, else 'all'"),
		col('description_en', 'VARCHAR', 'what the rule forbids'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated")
	]
} as const satisfies TableSpec;

export const IMPORTS = {
	name: 'imports',
	kind: 'modelled',
	description:
		'Retail-import panel: place × period × goods category × customs channel. The sample is city × month × category × channel; your files may be coarser (see grain).',
	primaryKey: ['month', 'city_code', 'category', 'channel'],
	grain: { place: 'city_code', time: 'month', breakdowns: ['category', 'channel'] },
	columns: [
		col('month', 'DATE', 'first month of the period (a month, quarter or year: the table grain)'),
		col(
			'city_code',
			'VARCHAR',
			'city (see `cities.code`), or a province code when the table is by province'
		),
		col(
			'category',
			'VARCHAR',
			"goods category (see `categories.id`), 'all' (all goods) or 'unknown'"
		),
		col(
			'channel',
			'VARCHAR',
			"customs code: '1210' bonded, '9610' direct purchase, 'all' (both) or 'unknown'"
		),
		col('orders', 'INTEGER', 'retail orders declared', { unit: 'orders' }),
		col('value_cny', 'DOUBLE', 'declared value', { unit: 'yuan' })
	]
} as const satisfies TableSpec;

export const VIOLATIONS = {
	name: 'violations',
	kind: 'modelled',
	description:
		'Violation cases per place, period and type (sample: city × month × type; no such statistics are published).',
	primaryKey: ['month', 'city_code', 'type'],
	grain: { place: 'city_code', time: 'month', breakdowns: ['type'] },
	columns: [
		col('month', 'DATE', 'first month of the period (a month, quarter or year: the table grain)'),
		col(
			'city_code',
			'VARCHAR',
			'city (see `cities.code`), or a province code when the table is by province'
		),
		col(
			'type',
			'VARCHAR',
			"violation type (see `violation_types.id`), 'all' (all types) or 'unknown'"
		),
		col('cases', 'INTEGER', 'cases opened', { unit: 'cases' }),
		col('orders_involved', 'INTEGER', 'orders the cases involve', { unit: 'orders' }),
		col('value_cny', 'DOUBLE', 'value of the orders involved', { unit: 'yuan' })
	]
} as const satisfies TableSpec;

export const NATIONAL_TOTALS = {
	name: 'national_totals',
	kind: 'reference',
	description: 'Published national CBEC figures by year and statistical scope.',
	primaryKey: ['year', 'period', 'scope', 'flow'],
	columns: [
		col('year', 'INTEGER', 'year'),
		col('period', 'VARCHAR', "'full year', 'Jan-Oct', 'H1' …"),
		col('scope', 'VARCHAR', 'statistical scope (customs platform, retail imports, full scope)'),
		col('flow', 'VARCHAR', "'imports' or 'total'"),
		col('value_cny_bn', 'DOUBLE', 'value', { unit: 'bn yuan' }),
		col('growth_pct', 'DOUBLE', 'growth on the same period a year before', {
			nullable: true,
			unit: '%'
		}),
		col('status', 'VARCHAR', "'official', 'news' or a note on the figure"),
		col('source_id', 'VARCHAR', 'source id')
	]
} as const satisfies TableSpec;

export const SAMPLE_TARGETS = {
	name: 'sample_targets',
	kind: 'reference',
	description: 'The annual national retail-import value the sample is calibrated to, and why.',
	primaryKey: ['year'],
	columns: [
		col('year', 'INTEGER', 'year'),
		col('value_cny_bn', 'DOUBLE', 'national retail-import value of the sample', {
			unit: 'bn yuan'
		}),
		col(
			'basis',
			'VARCHAR',
			"'published', 'derived' (arithmetic on published figures) or 'assumed'"
		),
		col('note', 'VARCHAR', 'how the figure was reached'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", { nullable: true })
	]
} as const satisfies TableSpec;

export const SOURCES = {
	name: 'sources',
	kind: 'reference',
	description: 'Every source the reference data cites.',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'source id (S1 …)'),
		col('what', 'VARCHAR', 'what the source says'),
		col('url', 'VARCHAR', 'where it was read')
	]
} as const satisfies TableSpec;

/** All tables, in load order. */
export const TABLES = [
	SOURCES,
	PHASES,
	CITIES,
	EVENTS,
	CATEGORIES,
	VIOLATION_TYPES,
	NATIONAL_TOTALS,
	SAMPLE_TARGETS,
	IMPORTS,
	VIOLATIONS
] as const;

export type TableName = (typeof TABLES)[number]['name'];

/** The tables that hold the sample (and, once loaded, the analyst's rows). */
export const MODELLED_TABLES: readonly TableName[] = TABLES.filter(
	(t) => t.kind === 'modelled'
).map((t) => t.name);
export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

type ColumnsOf<T extends TableSpec> = T['columns'][number]['name'];
export type ColumnName<N extends TableName> = ColumnsOf<
	Extract<(typeof TABLES)[number], { name: N }>
>;

/** Looks a table up by name; undefined for anything not in the contract (the allow-list). */
export function tableSpec(name: string): TableSpec | undefined {
	return TABLES.find((t) => t.name === name);
}

/** Channels of retail imports (customs supervision codes). */
export const CHANNELS = ['1210', '9610'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Phase ids in chronological order. */
export const PHASE_IDS = ['t2016', 't2017', 'p2018', 'p2020', 'p2021'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** The `phase` of a place outside the pilot: a comparison place that never joined. */
export const NOT_IN_PILOT = 'none';

/** Values the phase filter accepts: every phase, and the places outside the pilot. */
export const PHASE_FILTER_VALUES: readonly string[] = [...PHASE_IDS, NOT_IN_PILOT];

/** The three cohorts the product compares; the transitional cities are the core of the 37. */
export const COHORT_IDS = ['c37', 'c86', 'call'] as const;
export type CohortId = (typeof COHORT_IDS)[number];

/** First and last month of the bundled sample. */
export const SAMPLE_FIRST_MONTH = '2016-01';
export const SAMPLE_LAST_MONTH = '2025-12';

/** Manifest written next to the data files; `version` is a content hash of all of them. */
export interface DataManifest {
	readonly version: string;
	readonly sample: boolean;
	readonly generator: string;
	readonly seed: string;
	/** 'arrow-ipc-stream': the bundled files the browser loads; 'parquet': a server's data folder. */
	readonly format: 'arrow-ipc-stream' | 'parquet';
	readonly firstMonth: string;
	readonly lastMonth: string;
	readonly tables: readonly {
		readonly name: TableName;
		readonly file: string;
		readonly rows: number;
		readonly bytes: number;
		readonly sha256: string;
		/**
		 * 'batch' (large-scale datasets only): the rows are declaration batches, so the primary key
		 * repeats; the loader sums them to the contract's grain. Absent: one row per key.
		 */
		readonly grain?: 'batch';
	}[];
	/** Rows the generator was asked for with `--scale` (absent for the default dataset). */
	readonly scaleRows?: number;
	/**
	 * Set only in the manifest a server hands the browser (`npm run serve`): the views are answered
	 * there, at `api` (relative to the site's base path), and no data file is downloaded.
	 */
	readonly server?: { readonly api: string };
}
