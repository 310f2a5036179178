/**
 * What travels with every export: what it is, the filters (as URL codes and in words) and the SQL
 * that made it, the data version (the bundled manifest's hash, the uploaded files' names and
 * hashes), and — per table the export reads — whether that table holds the bundled sample, the
 * analyst's rows or both, and at what grain. The notice follows the tables read: the sample notice
 * while any of them holds sample rows, else the "your data" notice. The notice and the named
 * filters are in the language of the interface (or report) that made the export; without one,
 * in both.
 */
import type { SqlParam } from '../db/connector';
import type { Locale } from '../format/number';
import type { NamedFilter } from './filter-names';

export interface UploadedFile {
	readonly table: string;
	readonly file: string;
	readonly sha256: string;
	readonly rows: number;
	readonly mode: 'replace' | 'add';
}

/** One modelled table as loaded: where its rows come from and their grain in words. */
export interface TableProvenance {
	readonly table: string;
	readonly source: 'sample' | 'yours' | 'mixed';
	readonly grain: string;
	readonly files: readonly UploadedFile[];
}

export interface DataVersion {
	/** The bundled sample's manifest version (content hash). */
	readonly sampleVersion: string;
	/** Files the analyst loaded this session, in order. */
	readonly uploads: readonly UploadedFile[];
	/** True while any modelled table still holds sample rows (the whole dataset). */
	readonly sampleInUse: boolean;
	/** Every modelled table as loaded. */
	readonly tables?: readonly TableProvenance[];
}

export interface Provenance {
	readonly product: 'Pilot Atlas';
	readonly contents: string;
	readonly filters: Readonly<Record<string, string>>;
	/** The same filters with their values named (en and zh) beside the codes. */
	readonly filtersNamed?: readonly NamedFilter[];
	readonly sql: string;
	readonly params: readonly SqlParam[];
	readonly data: DataVersion;
	/** The modelled tables this export reads, each with its own source and grain. */
	readonly tables?: readonly TableProvenance[];
	/** True when a table this export reads holds sample rows. */
	readonly sampleInUse?: boolean;
	readonly rows: number;
	readonly exportedAt: string;
	/** The language of the notice and the named filters; absent: both languages. */
	readonly language?: Locale;
	readonly notice: string | null;
	/** How text cells were written: 'safe' (formulas defused) or 'raw'. */
	readonly textCells?: 'safe' | 'raw';
	/** For the data behind a chart: what the chart says about itself (title, words, source…). */
	readonly chart?: Readonly<Record<string, unknown>>;
}

/** The notices per language; the plain constants hold both (an export with no language). */
export const SAMPLE_NOTICES: Readonly<Record<Locale, string>> = {
	en:
		'Sample data: the city-level figures are modelled by Pilot Atlas, calibrated to published ' +
		'national totals; they are not official statistics.',
	zh: '样本数据：城市层面的数字由试点图谱模型生成，按已公布的全国总量校准，并非官方统计。'
};
export const OWN_DATA_NOTICES: Readonly<Record<Locale, string>> = {
	en:
		'Your data: the rows come from the files listed under tables (names and SHA-256); Pilot Atlas ' +
		'has not checked them against official statistics.',
	zh: '您的数据：数据来自“tables”所列文件（文件名和SHA-256），试点图谱未与官方统计核对。'
};
export const SAMPLE_NOTICE = `${SAMPLE_NOTICES.en} ${SAMPLE_NOTICES.zh}`;
export const OWN_DATA_NOTICE = `${OWN_DATA_NOTICES.en} ${OWN_DATA_NOTICES.zh}`;

/** The modelled tables an SQL text mentions (the console's exports), in contract order. */
export function tablesInSql(sqlText: string, modelled: readonly string[]): string[] {
	return modelled.filter((t) => new RegExp(`(^|[^\\w])"?${t}"?([^\\w]|$)`, 'i').test(sqlText));
}

/** Builds the provenance record; `exportedAt` is passed in so tests need no clock. */
export function provenance(input: {
	contents: string;
	filters: Readonly<Record<string, string>>;
	sql: string;
	params: readonly SqlParam[];
	data: DataVersion;
	rows: number;
	exportedAt: Date;
	/** Modelled tables the rows come from; absent: every modelled table (the cautious reading). */
	tablesRead?: readonly string[];
	textCells?: 'safe' | 'raw';
	/** The filters named (`namedFilters`, from the reference lists); absent: codes only. */
	filtersNamed?: readonly NamedFilter[];
	/** The interface's (or report's) language; absent: notices in both languages. */
	language?: Locale;
}): Provenance {
	const lang = input.language;
	const all = input.data.tables ?? [];
	const tables = input.tablesRead ? all.filter((t) => input.tablesRead!.includes(t.table)) : all;
	const sampleInUse =
		input.data.tables === undefined
			? input.data.sampleInUse
			: tables.some((t) => t.source !== 'yours');
	const ownInUse = tables.some((t) => t.source !== 'sample');
	return {
		product: 'Pilot Atlas',
		contents: input.contents,
		filters: input.filters,
		filtersNamed: input.filtersNamed ?? [],
		sql: input.sql,
		params: input.params,
		data: input.data,
		tables,
		sampleInUse,
		rows: input.rows,
		exportedAt: input.exportedAt.toISOString(),
		...(lang ? { language: lang } : {}),
		notice: sampleInUse
			? lang
				? SAMPLE_NOTICES[lang]
				: SAMPLE_NOTICE
			: ownInUse
				? lang
					? OWN_DATA_NOTICES[lang]
					: OWN_DATA_NOTICE
				: null,
		textCells: input.textCells ?? 'safe'
	};
}

/** The record as key/value pairs (XLSX sheet rows, Parquet and Arrow metadata). */
export function provenanceEntries(p: Provenance): [string, string][] {
	const tables = (p.tables ?? []).map(
		(t) =>
			`${t.table}: ${t.source === 'yours' ? 'your data' : t.source === 'mixed' ? 'sample and your data' : 'sample'} (${t.grain})` +
			(t.files.length
				? ` from ${t.files.map((f) => `${f.file} sha256:${f.sha256}`).join(', ')}`
				: '')
	);
	return [
		['product', p.product],
		['contents', p.contents],
		['filters', JSON.stringify(p.filters)],
		['filters_named', filtersLine(p.filtersNamed ?? [], p.language)],
		['sql', p.sql],
		['params', JSON.stringify(p.params)],
		['sample_version', p.data.sampleVersion],
		['tables', tables.join('; ')],
		['uploads', JSON.stringify(p.data.uploads)],
		['rows', String(p.rows)],
		['exported_at', p.exportedAt],
		['text_cells', p.textCells ?? 'safe'],
		['language', p.language ?? 'en, zh'],
		['notice', p.notice ?? ''],
		...(p.chart ? ([['chart', JSON.stringify(p.chart)]] as [string, string][]) : [])
	];
}

function filtersLine(filters: readonly NamedFilter[], lang?: Locale): string {
	if (filters.length === 0)
		return lang === 'en'
			? 'none (all rows)'
			: lang === 'zh'
				? '无（全部数据）'
				: 'none (all rows) 无（全部数据）';
	if (lang === 'zh') {
		return filters
			.map((f) => {
				const values = f.values.map((v) =>
					v.name_zh === v.code ? v.code : `${v.name_zh}（${v.code}）`
				);
				return `${f.label_zh}：${values.join('、')}`;
			})
			.join('；');
	}
	return filters
		.map((f) => {
			const values = f.values.map((v) =>
				v.name_en === v.code
					? v.code
					: lang === 'en'
						? `${v.name_en} (${v.code})`
						: `${v.name_en} ${v.name_zh} (${v.code})`
			);
			return lang === 'en'
				? `${f.label_en}: ${values.join(', ')}`
				: `${f.label_en} ${f.label_zh}: ${values.join(', ')}`;
		})
		.join('; ');
}

/** The data version a file name carries: the latest upload's hash, else the sample's version. */
export function versionTag(data: DataVersion): string {
	return data.uploads.at(-1)?.sha256 ?? data.sampleVersion;
}
