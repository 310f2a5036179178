/**
 * The interface language: the URL's `lang` parameter, else the one the user last chose (kept in
 * localStorage), else English. `t()` is reactive wherever it is called in markup.
 */
import { browser } from '$app/environment';
import { currentSearchParams, currentUrl } from '../state/search-params';
import { goto } from '$app/navigation';
import type { Locale } from '../format/number';
import { CATALOGUES, type MessageKey } from './catalogue';
import { renderMessage, renderParts } from './render';
import { localText } from '../reference/localise';

export type { Locale, MessageKey };
export const LOCALES: readonly Locale[] = ['en', 'zh'];
const STORAGE_KEY = 'pilot-atlas:lang';

let remembered: Locale | null = browser ? readStored() : null;

function readStored(): Locale | null {
	try {
		const v = localStorage.getItem(STORAGE_KEY);
		return v === 'en' || v === 'zh' ? v : null;
	} catch {
		return null;
	}
}

/** The current interface language. */
export function locale(): Locale {
	const fromUrl = currentSearchParams().get('lang');
	if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
	return remembered ?? 'en';
}

/** A message in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return translate(locale(), key, params);
}

/**
 * A message in a given language (pure: for tests and exports). `{notice:商财发〔2021〕39号}` in a
 * message is a notice number, written in the message's language by the one notice formatter.
 */
export function translate(
	lang: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	return renderMessage(lang, CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key, params);
}

/** A message in the current language, cut at its placeholders (see renderParts). */
export function tParts(
	key: MessageKey,
	params: Record<string, string | number>
): { text: string; param?: string }[] {
	const lang = locale();
	return renderParts(lang, CATALOGUES[lang][key] ?? CATALOGUES.en[key] ?? key, params);
}

/** Switches the language, remembers it, and puts it in the URL (so a shared link keeps it). */
export async function setLocale(next: Locale): Promise<void> {
	remembered = next;
	try {
		localStorage.setItem(STORAGE_KEY, next);
	} catch {
		// private mode: the URL still carries the choice
	}
	// The address bar's URL: filters written as shallow entries are not in `page.url`.
	const url = currentUrl();
	if (next === 'en') url.searchParams.delete('lang');
	else url.searchParams.set('lang', next);
	await goto(url, { replaceState: true, keepFocus: true, noScroll: true });
}

/** Picks the text in the current language from a row with `_en`/`_zh` columns. */
export function localName(row: object, base = 'name'): string {
	return localText(row, base, locale());
}
