/**
 * What a cohort's line holds, said in its label: which of the cohort's phases are in it (they
 * follow the phase filter) and how many places, named or inferred. "37-city pilot" for a line that
 * holds only the ten transitional cities of 2016 would mislead. Pure: the caller passes `t`.
 */
import type { MessageKey } from '../i18n/catalogue';
import type { Locale } from '../format/number';
import { REFERENCE_CSV } from '../reference/csv';

export interface CohortComposition {
	readonly cohort: string;
	/** The phases with places in the line, ';'-separated. */
	readonly phases: string;
	readonly cities: number;
	readonly named: number;
	readonly inferred: number;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The cohort's phases in the reference, in order. */
function phasesOf(cohort: string): { id: string; label_en: string; label_zh: string }[] {
	return REFERENCE_CSV.phases
		.filter((p) => p.cohort === cohort)
		.sort((a, b) => Number(a.ord) - Number(b.ord))
		.map((p) => ({ id: p.id ?? '', label_en: p.label_en ?? '', label_zh: p.label_zh ?? '' }));
}

/** "37-city pilot" or, when the filter keeps only some phases, "37-city pilot: Transitional 10 (2016)". */
export function seriesName(
	c: Pick<CohortComposition, 'cohort' | 'phases'>,
	lang: Locale,
	t: Translate
): string {
	const cohort = t(`cohort.${c.cohort}` as MessageKey);
	const all = phasesOf(c.cohort);
	const present = new Set(c.phases.split(';').filter(Boolean));
	const kept = all.filter((p) => present.has(p.id));
	if (kept.length === 0 || kept.length === all.length) return cohort;
	const sep = lang === 'zh' ? '、' : ', ';
	return t('outcomes.series.some', {
		cohort,
		phases: kept.map((p) => (lang === 'zh' ? p.label_zh : p.label_en)).join(sep)
	});
}

/** The places behind a line: "10 places (10 named)", "25 places (25 inferred)", or both. */
export function seriesPlaces(
	c: Pick<CohortComposition, 'cities' | 'named' | 'inferred'>,
	t: Translate
): string {
	if (c.inferred === 0) return t('outcomes.series.places.named', { n: c.cities });
	if (c.named === 0) return t('outcomes.series.places.inferred', { n: c.cities });
	return t('outcomes.series.places.both', { n: c.cities, named: c.named, inferred: c.inferred });
}

/** The full label of a cohort's line: its name and its places. */
export function seriesLabel(c: CohortComposition, lang: Locale, t: Translate): string {
	return t('outcomes.series.label', { name: seriesName(c, lang, t), places: seriesPlaces(c, t) });
}
