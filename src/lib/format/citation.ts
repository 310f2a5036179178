/**
 * Citation text for a view, plain and BibTeX: the view's name, its filters in words, the data
 * version (the manifest's content hash), the sample-data status of each table it reads, the link
 * and the access date. Pure: the page passes what it knows, tests pass fixed values.
 */
import { CATALOGUES, type MessageKey } from '../i18n/catalogue';
import { formatDate } from './date';
import type { Locale } from './number';

export interface CitationInput {
	readonly lang: Locale;
	/** The view's title, e.g. "Timeline: the cohorts month by month". */
	readonly view: string;
	/** The filters in words (filtersInWords); empty when the view takes none. */
	readonly words: string;
	readonly url: string;
	/** The data version (manifest hash), or null before the manifest has loaded. */
	readonly version: string | null;
	/** The fact tables the view reads, and whether each now holds only the analyst's rows. */
	readonly tables: readonly { readonly name: 'imports' | 'violations'; readonly own: boolean }[];
	/** 'YYYY-MM-DD' in the reader's calendar. */
	readonly accessed: string;
}

const say = (lang: Locale, key: MessageKey, params: Record<string, string> = {}) =>
	(CATALOGUES[lang][key] ?? CATALOGUES.en[key]).replace(/\{(\w+)\}/g, (m, n: string) =>
		n in params ? params[n]! : m
	);

function parts(c: CitationInput) {
	const status = c.tables
		.map(
			(t) =>
				`${say(c.lang, `cite.table.${t.name}`)}${c.lang === 'zh' ? '：' : ': '}${say(c.lang, t.own ? 'cite.own' : 'cite.sample')}`
		)
		.join(c.lang === 'zh' ? '；' : '; ');
	const version = c.version
		? say(c.lang, 'cite.version', { version: c.version })
		: say(c.lang, 'cite.versionUnknown');
	return { status, version, year: c.accessed.slice(0, 4) };
}

/** One paragraph to paste into a text. */
export function plainCitation(c: CitationInput): string {
	const { status, version, year } = parts(c);
	const accessed = say(c.lang, 'cite.accessed', { date: formatDate(c.accessed, 'day', c.lang) });
	if (c.lang === 'zh') {
		const what = c.words ? `《${c.view}》——${c.words}` : `《${c.view}》`;
		return `试点图谱（${year}）。${what}。${version}${status ? `；${status}` : ''}。${c.url}（${accessed}）。`;
	}
	const what = c.words ? `“${c.view}”, ${c.words}` : `“${c.view}”`;
	return `Pilot Atlas (${year}). ${what}. ${capital(version)}${status ? `; ${status}` : ''}. ${c.url} (${accessed}).`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Escapes text for a BibTeX field (braces kept balanced, LaTeX specials quoted). */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}%&#_$~^]/g, (c) => LATEX[c] ?? `\\${c}`);
}

const LATEX: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};

/** A @misc entry. */
export function bibtexCitation(c: CitationInput): string {
	const { status, version, year } = parts(c);
	const slug = c.view
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	const key = `pilotatlas-${slug || 'view'}-${c.accessed}`;
	const title = c.words ? `${c.view} (${c.words})` : c.view;
	const note = [version, status].filter(Boolean).join('; ');
	const url = c.url.replace(/([%#\\{}])/g, '\\$1');
	return [
		`@misc{${key},`,
		`  author = {{Pilot Atlas}},`,
		`  title = {${bibtexEscape(title)}},`,
		`  year = {${year}},`,
		`  howpublished = {\\url{${url}}},`,
		`  note = {${bibtexEscape(note)}},`,
		`  urldate = {${c.accessed}}`,
		`}`
	].join('\n');
}
