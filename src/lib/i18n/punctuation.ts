/**
 * Joining pieces of text the way each language punctuates: "Hangzhou: 21.5%" / "杭州：21.5%",
 * "a, b" / "a、b", "x · y" / "x；y", "1 – 2" / "1至2". Components and charts that build a label
 * from parts use these, never a literal ': ' or ', ', so Chinese text keeps full-width punctuation.
 */
import type { Locale } from '../format/number';

const MARKS = {
	en: { colon: ': ', clause: ', ', list: ', ', separator: ' · ', range: ' – ', space: ' ' },
	zh: { colon: '：', clause: '，', list: '、', separator: '；', range: '至', space: '' }
} as const satisfies Record<Locale, Record<string, string>>;

/** "label: value" / "标签：数值". */
export function labelled(label: string, value: string | number, locale: Locale): string {
	return `${label}${MARKS[locale].colon}${value}`;
}

/** Items of a list: "a, b, c" / "a、b、c". */
export function listOf(items: readonly (string | number)[], locale: Locale): string {
	return items.join(MARKS[locale].list);
}

/** Clauses of one label: "Food, Hangzhou: 13.6%" / "食品生鲜，杭州：13.6%". */
export function clauses(parts: readonly (string | number)[], locale: Locale): string {
	return parts.join(MARKS[locale].clause);
}

/** Separate statements on one line (a chart's source and its sample note). */
export function separated(parts: readonly string[], locale: Locale): string {
	return parts.filter((p) => p !== '').join(MARKS[locale].separator);
}

/** A range of two values: "¥1 bn – ¥2 bn" / "1亿元至2亿元". */
export function rangeOf(from: string, to: string, locale: Locale): string {
	return `${from}${MARKS[locale].range}${to}`;
}

/** The space between words, which Chinese does not use: for joining inline elements. */
export function wordSpace(locale: Locale): string {
	return MARKS[locale].space;
}
