/** What filter values the URL may carry: the reference lists and the sample's months. */
import type { FilterDomain } from '../model/filters';
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '../schema';
import { REFERENCE_CITIES, REFERENCE_PROVINCES } from './cities';
import { REFERENCE_CSV } from './csv';

export const FILTER_DOMAIN: FilterDomain = {
	provinces: new Set(REFERENCE_PROVINCES.map((p) => p.code)),
	cities: new Set(REFERENCE_CITIES.map((c) => c.code)),
	categories: new Set(REFERENCE_CSV.categories.map((c) => c.id ?? '')),
	firstMonth: SAMPLE_FIRST_MONTH,
	lastMonth: SAMPLE_LAST_MONTH
};
