/**
 * What travels with every export: what it is, the filters and SQL that made it, the data version
 * (the bundled manifest's hash, or the uploaded files' names and hashes), when it was exported,
 * and the sample-data notice whenever modelled sample rows may be in it, in the language of the
 * interface (or report) that made the export.
 */
import type { SqlParam } from '../db/connector';
import type { Locale } from '../format/number';
import { CATALOGUES } from '../i18n/catalogue';

export interface UploadedFile {
	readonly table: string;
	readonly file: string;
	readonly sha256: string;
	readonly rows: number;
	readonly mode: 'replace' | 'add';
}

export interface DataVersion {
	/** The bundled sample's manifest version (content hash). */
	readonly sampleVersion: string;
	/** Files the analyst loaded this session, in order. */
	readonly uploads: readonly UploadedFile[];
	/** True while any modelled table still holds sample rows. */
	readonly sampleInUse: boolean;
}

export interface Provenance {
	readonly product: 'Pilot Atlas';
	readonly contents: string;
	readonly filters: Readonly<Record<string, string>>;
	readonly sql: string;
	readonly params: readonly SqlParam[];
	readonly data: DataVersion;
	readonly rows: number;
	readonly exportedAt: string;
	/** The language of the notice (the interface's when the file was made). */
	readonly language: Locale;
	readonly notice: string | null;
}

/** The sample-data notice of an export, per language. */
export const SAMPLE_NOTICES: Readonly<Record<Locale, string>> = {
	en: CATALOGUES.en['sample.exportNotice'],
	zh: CATALOGUES.zh['sample.exportNotice']
};
/** The English notice (the default language of an export). */
export const SAMPLE_NOTICE = SAMPLE_NOTICES.en;

/** Builds the provenance record; `exportedAt` is passed in so tests need no clock. */
export function provenance(input: {
	contents: string;
	filters: Readonly<Record<string, string>>;
	sql: string;
	params: readonly SqlParam[];
	data: DataVersion;
	rows: number;
	exportedAt: Date;
	language?: Locale;
}): Provenance {
	const language = input.language ?? 'en';
	return {
		product: 'Pilot Atlas',
		contents: input.contents,
		filters: input.filters,
		sql: input.sql,
		params: input.params,
		data: input.data,
		rows: input.rows,
		exportedAt: input.exportedAt.toISOString(),
		language,
		notice: input.data.sampleInUse ? SAMPLE_NOTICES[language] : null
	};
}

/** The record as key/value pairs (XLSX sheet rows, Parquet and Arrow metadata). */
export function provenanceEntries(p: Provenance): [string, string][] {
	return [
		['product', p.product],
		['contents', p.contents],
		['filters', JSON.stringify(p.filters)],
		['sql', p.sql],
		['params', JSON.stringify(p.params)],
		['sample_version', p.data.sampleVersion],
		['uploads', JSON.stringify(p.data.uploads)],
		['rows', String(p.rows)],
		['exported_at', p.exportedAt],
		['language', p.language],
		['notice', p.notice ?? '']
	];
}

/** The data version a file name carries: the latest upload's hash, else the sample's version. */
export function versionTag(data: DataVersion): string {
	return data.uploads.at(-1)?.sha256 ?? data.sampleVersion;
}
