/** Picker options from the reference lists, labelled in the current language. */
import { REFERENCE_CITIES, REFERENCE_PROVINCES } from '../../reference/cities';
import { REFERENCE_CSV } from '../../reference/csv';
import type { Locale } from '../../format/number';
import { CATALOGUES } from '../../i18n/catalogue';
import { NOT_IN_PILOT } from '../../schema';

const other = (l: Locale) => (l === 'en' ? 'zh' : 'en');

/** Provinces, in code order. */
export function provinceOptions(locale: Locale) {
	return REFERENCE_PROVINCES.map((p) => ({
		value: p.code,
		label: locale === 'zh' ? p.name_zh : p.name_en,
		detail: locale === 'zh' ? p.name_en : p.name_zh,
		search: p.code
	}));
}

/** Cities, by name, searchable by Chinese or English name or code. */
export function cityOptions(locale: Locale) {
	return REFERENCE_CITIES.map((c) => ({
		value: c.code,
		label: c[`name_${locale}`],
		detail: `${c[`name_${other(locale)}`]} · ${c.code}`,
		search: `${c.province_en} ${c.province_zh}`
	})).sort((a, b) => a.label.localeCompare(b.label, locale === 'zh' ? 'zh-Hans-CN' : 'en'));
}

/** Goods categories, in display order. */
export function categoryOptions(locale: Locale) {
	return REFERENCE_CSV.categories.map((c) => ({
		value: c.id ?? '',
		label: (locale === 'zh' ? c.name_zh : c.name_en) ?? '',
		detail: (locale === 'zh' ? c.name_en : c.name_zh) ?? ''
	}));
}

/** Phases, in order; then the places outside the pilot, when the data has them. */
export function phaseOptions(locale: Locale) {
	const phases = REFERENCE_CSV.phases.map((p) => ({
		value: p.id ?? '',
		label: (locale === 'zh' ? p.label_zh : p.label_en) ?? ''
	}));
	if (REFERENCE_CSV.comparison_places.length === 0) return phases;
	return [...phases, { value: NOT_IN_PILOT, label: CATALOGUES[locale]['cohort.none'] }];
}
