/**
 * How the provenance tables write published amounts: as the source gives them in English
 * (56.59 bn yuan), and as Chinese readers write them in Chinese (565.9亿元, 1.69万亿元). Only the
 * unit changes; no digit is added or rounded away.
 */
import type { Locale } from '../../format/number';

/** An amount in billions of yuan, in a language: '56.59' (column in bn yuan) / '565.9亿元'. */
export function formatBnYuan(bn: string | number | undefined, locale: Locale): string {
	const value = Number(bn);
	if (bn === undefined || bn === '' || !Number.isFinite(value)) return '–';
	if (locale === 'en') return String(bn);
	const yi = Number((value * 10).toFixed(6));
	return yi >= 10000 ? `${Number((yi / 10000).toFixed(6))}万亿元` : `${yi}亿元`;
}

/** The catalogue key of an enumerated value of the reference tables ('full year' → about.value.full-year). */
export function valueKey(value: string | undefined): string {
	const slug = (value ?? '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `about.value.${slug}`;
}
