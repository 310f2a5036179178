/**
 * Fills a catalogue message: `{name}` from the parameters, and `{notice:商财发〔2021〕39号}` with
 * the notice number in the message's language (the one notice formatter). Pure, for tests too.
 */
import { formatNotice } from '../format/notice';
import type { Locale } from '../format/number';

export function renderMessage(
	lang: Locale,
	text: string,
	params: Readonly<Record<string, string | number>> = {}
): string {
	return text
		.replace(/\{notice:([^}]+)\}/g, (_, ref: string) => formatNotice(ref, lang))
		.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The notice references of a message, in order (both languages must cite the same ones). */
export function noticeRefs(text: string): string[] {
	return [...text.matchAll(/\{notice:([^}]+)\}/g)].map((m) => m[1]!);
}

/** A message cut at its placeholders, so a component can set some values apart (as code). */
export function renderParts(
	lang: Locale,
	text: string,
	params: Readonly<Record<string, string | number>>
): { text: string; param?: string }[] {
	const filled = renderMessage(lang, text.replace(/\{(\w+)\}/g, '\u0000$1\u0000'));
	return filled
		.split('\u0000')
		.map((part, i) =>
			i % 2 === 1 ? { text: String(params[part] ?? `{${part}}`), param: part } : { text: part }
		)
		.filter((p) => p.text !== '');
}
