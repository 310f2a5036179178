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
	/** The same in Chinese (every column of the contract has one; see the typography test). */
	readonly description_zh?: string;
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
	readonly description_zh?: string;
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
	description_zh: string,
	extra: { nullable?: boolean; unit?: string } = {}
): ColumnSpec => ({ name, type, description, description_zh, ...extra });

export const CITIES = {
	name: 'cities',
	kind: 'reference',
	description:
		'Every place in the reference list, with its pilot phase and the basis of that membership; in the sample, also the modelled comparison places that never joined.',
	description_zh:
		'参考名单中的每个地点，及其试点阶段和成员依据；样本中还包括从未加入试点的模拟对照地区。',
	primaryKey: ['code'],
	columns: [
		col(
			'code',
			'VARCHAR',
			"GB/T 2260 code; 'x-xiongan' for Xiong'an New Area, which has none; 'x-rest-' + the province's code for a modelled comparison place",
			'GB/T 2260代码；雄安新区没有独立代码，记为`x-xiongan`；模拟对照地区记为`x-rest-`加省份代码'
		),
		col(
			'code_official',
			'BOOLEAN',
			'true when `code` is a GB/T 2260 code',
			'`code`为GB/T 2260代码时为`true`'
		),
		col('name_en', 'VARCHAR', 'English name', '英文名称'),
		col('name_zh', 'VARCHAR', 'Chinese name', '中文名称'),
		col(
			'province_code',
			'VARCHAR',
			'GB/T 2260 code of the provincial-level division',
			'省级行政区的GB/T 2260代码'
		),
		col('province_en', 'VARCHAR', 'province, English', '省份（英文）'),
		col('province_zh', 'VARCHAR', 'province, Chinese', '省份（中文）'),
		col(
			'lat',
			'DOUBLE',
			'approximate city-centre latitude (WGS84, for map placement only)',
			'城市中心的大致纬度（WGS84，仅用于地图定位）',
			{ unit: '°' }
		),
		col(
			'lon',
			'DOUBLE',
			'approximate city-centre longitude (WGS84)',
			'城市中心的大致经度（WGS84）',
			{ unit: '°' }
		),
		col(
			'phase',
			'VARCHAR',
			"pilot phase id (see `phases`), or 'none' for a place outside the pilot (a comparison place)",
			'试点阶段编号（见`phases`表）；试点以外的地区（对照地区）为`none`'
		),
		col(
			'joined_month',
			'DATE',
			'first month the retail-import policy applied (first of month); empty for a place that never joined',
			'零售进口政策开始适用的第一个月（当月1日）；从未加入的地区为空',
			{ nullable: true }
		),
		col(
			'basis',
			'VARCHAR',
			"'named' (a source names the city), 'inferred' (follows from a rule) or 'modelled' (a comparison place of the sample model)",
			'`named`（有来源列名）、`inferred`（由规则推断）或`modelled`（样本模型中的对照地区）'
		),
		col(
			'cbec_zone_batch',
			'INTEGER',
			'batch of CBEC comprehensive pilot zones (1–7)',
			'跨境电商综合试验区批次（1—7）',
			{
				nullable: true
			}
		),
		col(
			'source_ids',
			'VARCHAR',
			"source ids, ';'-separated (see `sources`)",
			'来源编号，以`;`分隔（见`sources`表）'
		)
	]
} as const satisfies TableSpec;

export const PHASES = {
	name: 'phases',
	kind: 'reference',
	description: 'The expansion phases of the pilot and the comparison cohort each belongs to.',
	description_zh: '试点的各扩大阶段及其所属比较批次。',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 't2016, t2017, p2018, p2020, p2021', 't2016、t2017、p2018、p2020、p2021'),
		col('ord', 'INTEGER', 'chronological order', '时间顺序'),
		col(
			'cohort',
			'VARCHAR',
			"comparison cohort: 'c37', 'c86' or 'call' (all zones)",
			'比较批次：`c37``c86`或`call`（全部区域）'
		),
		col('label_en', 'VARCHAR', 'label, English', '标签（英文）'),
		col('label_zh', 'VARCHAR', 'label, Chinese', '标签（中文）'),
		col('notice_no', 'VARCHAR', 'the notice that set the phase up', '设立该阶段的通知（官方文号）'),
		col('announced', 'DATE', 'date the phase was announced', '宣布日期'),
		col('effective', 'DATE', 'date the policy applied from', '政策开始适用的日期'),
		col(
			'date_precision',
			'VARCHAR',
			"'day' or 'month': how precisely the sources date it",
			'`day`或`month`：来源给出的日期精确到日还是月'
		),
		col(
			'official_added',
			'INTEGER',
			'cities the phase added, per the notice',
			'按通知新增的城市数',
			{ nullable: true }
		),
		col('official_total', 'INTEGER', 'cumulative official city count', '官方累计城市数', {
			nullable: true
		}),
		col(
			'official_count_note',
			'VARCHAR',
			'what the official count covers',
			'官方数量涵盖的范围（英文）'
		),
		col(
			'official_count_note_zh',
			'VARCHAR',
			'what the official count covers, Chinese',
			'官方数量涵盖的范围（中文）'
		),
		col('description_en', 'VARCHAR', 'what the phase did', '该阶段的内容（英文）'),
		col('description_zh', 'VARCHAR', 'what the phase did, Chinese', '该阶段的内容（中文）'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", '来源编号，以`;`分隔')
	]
} as const satisfies TableSpec;

export const EVENTS = {
	name: 'events',
	kind: 'reference',
	description: 'Dated policy milestones, each with its source.',
	description_zh: '有日期的政策节点，各附来源。',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'event id', '事件编号'),
		col(
			'date',
			'DATE',
			'date of the event (first of month when only the month is known)',
			'事件日期（只知道月份时为当月1日）'
		),
		col('date_precision', 'VARCHAR', "'day' or 'month'", '`day`或`month`'),
		col('kind', 'VARCHAR', "'notice', 'tax' or 'positive_list'", '`notice``tax`或`positive_list`'),
		col('phase', 'VARCHAR', 'phase the event opened', '该事件开启的阶段', { nullable: true }),
		col('label_en', 'VARCHAR', 'short label, English', '简短标签（英文）'),
		col('label_zh', 'VARCHAR', 'short label, Chinese', '简短标签（中文）'),
		col('description_en', 'VARCHAR', 'what happened', '事件内容（英文）'),
		col('description_zh', 'VARCHAR', 'what happened, Chinese', '事件内容（中文）'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", '来源编号，以`;`分隔')
	]
} as const satisfies TableSpec;

export const CATEGORIES = {
	name: 'categories',
	kind: 'reference',
	description: 'Goods categories of retail imports and the shares the sample is calibrated to.',
	description_zh: '零售进口的商品类别，以及样本据以校准的占比。',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'category id', '类别编号'),
		col('ord', 'INTEGER', 'display order', '显示顺序'),
		col('name_en', 'VARCHAR', 'name, English', '名称（英文）'),
		col('name_zh', 'VARCHAR', 'name, Chinese', '名称（中文）'),
		col(
			'share_2022_pct',
			'DOUBLE',
			'share of imports in 2022 used by the sample model',
			'样本模型采用的2022年进口占比',
			{
				unit: '%'
			}
		),
		col(
			'share_basis',
			'VARCHAR',
			"'published' (with a source) or 'assumed'",
			'`published`（有来源）或`assumed`（假设）'
		),
		col(
			'avg_order_cny',
			'DOUBLE',
			'assumed average order value used by the sample model',
			'样本模型假设的平均单价',
			{
				unit: 'yuan'
			}
		),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", '来源编号，以`;`分隔', {
			nullable: true
		})
	]
} as const satisfies TableSpec;

export const VIOLATION_TYPES = {
	name: 'violation_types',
	kind: 'reference',
	description: 'Kinds of rule-breaking named by the rules and by customs enforcement.',
	description_zh: '规则和海关执法中列明的违规类型。',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'violation type id', '违规类型编号'),
		col('ord', 'INTEGER', 'display order', '显示顺序'),
		col('name_en', 'VARCHAR', 'name, English', '名称（英文）'),
		col('name_zh', 'VARCHAR', 'name, Chinese', '名称（中文）'),
		col(
			'channel_scope',
			'VARCHAR',
			"'1210' when only bonded imports can commit it, else 'all'",
			'只可能发生在保税进口时为`1210`，否则为`all`'
		),
		col('description_en', 'VARCHAR', 'what the rule forbids', '规则禁止的内容（英文）'),
		col('description_zh', 'VARCHAR', 'what the rule forbids, Chinese', '规则禁止的内容（中文）'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", '来源编号，以`;`分隔')
	]
} as const satisfies TableSpec;

export const IMPORTS = {
	name: 'imports',
	kind: 'modelled',
	description:
		'Retail-import panel: place × period × goods category × customs channel. The sample is city × month × category × channel; your files may be coarser (see grain).',
	description_zh:
		'零售进口面板：地点×期间×商品类别×海关监管方式。样本为城市×月份×类别×监管方式；您的文件可以更粗（见粒度）。',
	primaryKey: ['month', 'city_code', 'category', 'channel'],
	grain: { place: 'city_code', time: 'month', breakdowns: ['category', 'channel'] },
	columns: [
		col(
			'month',
			'DATE',
			'first month of the period (a month, quarter or year: the table grain)',
			'期间的第一个月（月、季度或年：即表的粒度）'
		),
		col(
			'city_code',
			'VARCHAR',
			'city (see `cities.code`), or a province code when the table is by province',
			'城市（见`cities.code`）；表按省份统计时为省级代码'
		),
		col(
			'category',
			'VARCHAR',
			"goods category (see `categories.id`), 'all' (all goods) or 'unknown'",
			'商品类别（见`categories.id`）、`all`（全部商品）或`unknown`（未知）'
		),
		col(
			'channel',
			'VARCHAR',
			"customs code: '1210' bonded, '9610' direct purchase, 'all' (both) or 'unknown'",
			'海关监管方式代码：`1210`保税、`9610`直购、`all`（两者）或`unknown`（未知）'
		),
		col('orders', 'INTEGER', 'retail orders declared', '申报的零售订单数', { unit: 'orders' }),
		col('value_cny', 'DOUBLE', 'declared value', '申报金额', { unit: 'yuan' })
	]
} as const satisfies TableSpec;

export const VIOLATIONS = {
	name: 'violations',
	kind: 'modelled',
	description:
		'Violation cases per place, period and type (sample: city × month × type; no such statistics are published).',
	description_zh: '按地点、期间和类型统计的违规案件（样本为城市×月份×类型；没有公布此类统计）。',
	primaryKey: ['month', 'city_code', 'type'],
	grain: { place: 'city_code', time: 'month', breakdowns: ['type'] },
	columns: [
		col(
			'month',
			'DATE',
			'first month of the period (a month, quarter or year: the table grain)',
			'期间的第一个月（月、季度或年：即表的粒度）'
		),
		col(
			'city_code',
			'VARCHAR',
			'city (see `cities.code`), or a province code when the table is by province',
			'城市（见`cities.code`）；表按省份统计时为省级代码'
		),
		col(
			'type',
			'VARCHAR',
			"violation type (see `violation_types.id`), 'all' (all types) or 'unknown'",
			'违规类型（见`violation_types.id`）、`all`（全部类型）或`unknown`（未知）'
		),
		col('cases', 'INTEGER', 'cases opened', '立案数', { unit: 'cases' }),
		col('orders_involved', 'INTEGER', 'orders the cases involve', '案件涉及的订单数', {
			unit: 'orders'
		}),
		col('value_cny', 'DOUBLE', 'value of the orders involved', '涉案订单金额', { unit: 'yuan' })
	]
} as const satisfies TableSpec;

export const NATIONAL_TOTALS = {
	name: 'national_totals',
	kind: 'reference',
	description: 'Published national CBEC figures by year and statistical scope.',
	description_zh: '按年份和统计口径列出的已公布全国跨境电商数字。',
	primaryKey: ['year', 'period', 'scope', 'flow'],
	columns: [
		col('year', 'INTEGER', 'year', '年份'),
		col('period', 'VARCHAR', "'full year', 'Jan-Oct', 'H1' …", '`full year``Jan-Oct``H1`等'),
		col(
			'scope',
			'VARCHAR',
			'statistical scope (customs platform, retail imports, full scope)',
			'统计口径（海关平台、零售进口、全口径）'
		),
		col('flow', 'VARCHAR', "'imports' or 'total'", '`imports`或`total`'),
		col('value_cny_bn', 'DOUBLE', 'value', '金额', { unit: 'bn yuan' }),
		col('growth_pct', 'DOUBLE', 'growth on the same period a year before', '较上年同期增长', {
			nullable: true,
			unit: '%'
		}),
		col(
			'status',
			'VARCHAR',
			"'official', 'news' or a note on the figure",
			'`official``news`或对该数字的说明'
		),
		col('source_id', 'VARCHAR', 'source id', '来源编号')
	]
} as const satisfies TableSpec;

export const SAMPLE_TARGETS = {
	name: 'sample_targets',
	kind: 'reference',
	description: 'The annual national retail-import value the sample is calibrated to, and why.',
	description_zh: '样本据以校准的全国年度零售进口额及其依据。',
	primaryKey: ['year'],
	columns: [
		col('year', 'INTEGER', 'year', '年份'),
		col(
			'value_cny_bn',
			'DOUBLE',
			'national retail-import value of the sample',
			'样本的全国零售进口额',
			{
				unit: 'bn yuan'
			}
		),
		col(
			'basis',
			'VARCHAR',
			"'published', 'derived' (arithmetic on published figures) or 'assumed'",
			'`published``derived`（由公布数字计算）或`assumed`（假设）'
		),
		col('note', 'VARCHAR', 'how the figure was reached', '数字的得出方式（英文）'),
		col('note_zh', 'VARCHAR', 'how the figure was reached, Chinese', '数字的得出方式（中文）'),
		col('source_ids', 'VARCHAR', "source ids, ';'-separated", '来源编号，以`;`分隔', {
			nullable: true
		})
	]
} as const satisfies TableSpec;

export const SOURCES = {
	name: 'sources',
	kind: 'reference',
	description: 'Every source the reference data cites.',
	description_zh: '参考数据引用的全部来源。',
	primaryKey: ['id'],
	columns: [
		col('id', 'VARCHAR', 'source id (S1 …)', '来源编号（S1……）'),
		col('title_en', 'VARCHAR', 'what the source is: publisher, date, title', '来源名称（英文）'),
		col(
			'title_zh',
			'VARCHAR',
			'the same in Chinese: a Chinese document by its official title',
			'来源名称（中文）：中文文件用其正式标题'
		),
		col(
			'title_zh_kind',
			'VARCHAR',
			"'official' (the document's own Chinese title) or 'translation'",
			'`official`（正式中文标题）或`translation`（译名）'
		),
		col('note_en', 'VARCHAR', 'what the source says', '来源所述内容（英文）'),
		col('note_zh', 'VARCHAR', 'what the source says, Chinese', '来源所述内容（中文）'),
		col('url', 'VARCHAR', 'where it was read', '阅读该来源的网址')
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
