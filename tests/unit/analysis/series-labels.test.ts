import { describe, expect, test } from 'vitest';
import { seriesLabel, seriesName, type Translate } from '../../../src/lib/analysis/series-labels';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue';

const tr =
	(lang: 'en' | 'zh'): Translate =>
	(key, params = {}) =>
		CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

describe('series labels follow the phase filter', () => {
	test('all of a cohort’s phases: the cohort’s name', () => {
		const c37 = { cohort: 'c37', phases: 'p2018;t2016;t2017', cities: 37, named: 37, inferred: 0 };
		expect(seriesLabel(c37, 'en', tr('en'))).toBe('37-city pilot · 37 places, all named');
	});

	test('only the transitional ten of 2016: the label says so, and counts ten', () => {
		const t2016 = { cohort: 'c37', phases: 't2016', cities: 10, named: 10, inferred: 0 };
		expect(seriesLabel(t2016, 'en', tr('en'))).toBe(
			'37-city pilot: Transitional 10 (2016) only · 10 places, all named'
		);
		expect(seriesLabel(t2016, 'zh', tr('zh'))).toBe(
			'37城试点：仅过渡期10城（2016）（10个地区，均有明确来源）'
		);
	});

	test('two of three phases, and named and inferred places', () => {
		expect(seriesName({ cohort: 'c37', phases: 't2016;t2017' }, 'en', tr('en'))).toBe(
			'37-city pilot: Transitional 10 (2016), Transitional +5 (2018) only'
		);
		const c86 = { cohort: 'c86', phases: 'p2020', cities: 25, named: 3, inferred: 22 };
		expect(seriesLabel(c86, 'en', tr('en'))).toBe(
			'86 cities + Hainan · 25 places (3 named, 22 inferred)'
		);
	});
});
