/** The upload reference from the bundled reference lists (the same CSVs the engine loads). */
import { REFERENCE_CITIES, REFERENCE_PROVINCES } from '../reference/cities';
import { REFERENCE_CSV } from '../reference/csv';
import type { IngestReference } from './reference';

const named = (rows: readonly Record<string, string>[]) =>
	rows.map((r) => ({ code: r.id ?? '', names: [r.name_en ?? '', r.name_zh ?? ''] }));

/** Provinces with no pilot place (so not in the city list) and names files often use instead. */
export const EXTRA_PROVINCE_NAMES: readonly { code: string; names: readonly string[] }[] = [
	{ code: '540000', names: ['Tibet', 'Xizang', '西藏'] },
	{ code: '150000', names: ['Nei Mongol', 'Inner Mongolia Autonomous Region'] },
	{ code: '450000', names: ['Guangxi Zhuang'] },
	{ code: '640000', names: ['Ningxia Hui'] },
	{ code: '650000', names: ['Xinjiang Uygur', 'Xinjiang Uyghur'] }
];

export const BUNDLED_REFERENCE: IngestReference = {
	cities: REFERENCE_CITIES.map((c) => ({ code: c.code, names: [c.name_en, c.name_zh] })),
	provinces: [
		...REFERENCE_PROVINCES.map((p) => ({ code: p.code, names: [p.name_en, p.name_zh] })),
		...EXTRA_PROVINCE_NAMES
	],
	categories: named(REFERENCE_CSV.categories),
	violationTypes: named(REFERENCE_CSV.violation_types)
};

/** The national retail-import value per year (yuan) the sample is calibrated to: the scale check. */
export const BUNDLED_NATIONAL_SCALE: Readonly<Record<string, number>> = Object.fromEntries(
	REFERENCE_CSV.sample_targets.map((r) => [r.year ?? '', Number(r.value_cny_bn) * 1e9])
);
