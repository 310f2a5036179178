/**
 * Filters in words, one sentence for every place that must say what a view shows without the app
 * around it: chart exports, citations, report captions and file names. "Guangdong · Jan 2021–Dec
 * 2023 · bonded 1210 · import value" / "广东·2021年1月—2023年12月·网购保税进口（1210）·进口额".
 * Pure: names come from the reference lists, words from the message catalogues.
 */
import { CATALOGUES, type MessageKey } from '../i18n/catalogue';
import { REFERENCE_CITIES, REFERENCE_PROVINCES } from '../reference/cities';
import { REFERENCE_CSV } from '../reference/csv';
import type { FilterKey, Filters } from '../model/filters';
import { formatMonth } from './date';
import type { Locale } from './number';

/** Names by code, in both languages; the reference lists by default (a test may pass others). */
export interface FilterNames {
	readonly phases: ReadonlyMap<string, { en: string; zh: string }>;
	readonly provinces: ReadonlyMap<string, { en: string; zh: string }>;
	readonly cities: ReadonlyMap<string, { en: string; zh: string }>;
	readonly categories: ReadonlyMap<string, { en: string; zh: string }>;
}

const byCode = <T>(
	rows: readonly T[],
	code: (r: T) => string,
	en: (r: T) => string,
	zh: (r: T) => string
) => new Map(rows.map((r) => [code(r), { en: en(r), zh: zh(r) }]));

export const REFERENCE_NAMES: FilterNames = {
	phases: byCode(
		REFERENCE_CSV.phases,
		(p) => p.id ?? '',
		(p) => p.label_en ?? '',
		(p) => p.label_zh ?? ''
	),
	provinces: byCode(
		REFERENCE_PROVINCES,
		(p) => p.code,
		(p) => p.name_en,
		(p) => p.name_zh
	),
	cities: byCode(
		REFERENCE_CITIES,
		(c) => c.code,
		(c) => c.name_en,
		(c) => c.name_zh
	),
	categories: byCode(
		REFERENCE_CSV.categories,
		(c) => c.id ?? '',
		(c) => c.name_en ?? '',
		(c) => c.name_zh ?? ''
	)
};

/** At most this many names of one kind; the rest are counted ("and 3 more"). */
const MAX_NAMES = 3;

export interface WordsOptions {
	/** The filters the view applies (all by default); the others are left out of the sentence. */
	readonly applies?: readonly FilterKey[];
	readonly names?: FilterNames;
}

const ALL_KEYS: readonly FilterKey[] = [
	'phases',
	'provinces',
	'cities',
	'categories',
	'channels',
	'from',
	'to',
	'metric'
];

/** The parts of the sentence, in reading order (places, goods, months, channel, metric). */
export function filterWordParts(
	filters: Filters,
	lang: Locale,
	options: WordsOptions = {}
): string[] {
	const applies = new Set(options.applies ?? ALL_KEYS);
	const names = options.names ?? REFERENCE_NAMES;
	const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
		(CATALOGUES[lang][key] ?? CATALOGUES.en[key]).replace(/\{(\w+)\}/g, (m, n: string) =>
			n in params ? String(params[n]) : m
		);
	const list = (codes: readonly string[], lookup: FilterNames[keyof FilterNames]) => {
		const shown = codes.slice(0, MAX_NAMES).map((c) => lookup.get(c)?.[lang] || c);
		const items = shown.join(say('words.separator'));
		return codes.length > MAX_NAMES ? say('words.more', { items, total: codes.length }) : items;
	};
	const parts: string[] = [];
	const places = (['phases', 'provinces', 'cities'] as const).filter(
		(k) => applies.has(k) && filters[k].length > 0
	);
	for (const k of places) parts.push(list(filters[k], names[k]));
	if (places.length === 0 && (applies.has('provinces') || applies.has('cities')))
		parts.push(say('words.allPlaces'));
	if (applies.has('categories') && filters.categories.length > 0)
		parts.push(list(filters.categories, names.categories));
	const from = applies.has('from') ? filters.from : null;
	const to = applies.has('to') ? filters.to : null;
	if (from && to)
		parts.push(say('words.range', { from: formatMonth(from, lang), to: formatMonth(to, lang) }));
	else if (from) parts.push(say('words.from', { month: formatMonth(from, lang) }));
	else if (to) parts.push(say('words.to', { month: formatMonth(to, lang) }));
	else if (applies.has('from') || applies.has('to')) parts.push(say('words.allMonths'));
	if (applies.has('channels') && filters.channels.length > 0)
		parts.push(
			filters.channels
				.map((c) => say(`words.channel.${c}` as MessageKey))
				.join(say('words.separator'))
		);
	if (applies.has('metric')) parts.push(say(`words.metric.${filters.metric}` as MessageKey));
	return parts.filter((p) => p !== '');
}

/** The filters as one line, parts joined by a middle dot (Chinese sets it without spaces). */
export function filtersInWords(filters: Filters, lang: Locale, options: WordsOptions = {}): string {
	return filterWordParts(filters, lang, options).join(lang === 'zh' ? '·' : ' · ');
}
