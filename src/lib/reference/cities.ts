/** The reference cities and provinces as the app's pickers and validators need them. */
import { REFERENCE_CSV } from './csv';
import { cityCodeOf, comparisonCodeOf, provinceCodeOf } from './codes';
import { NOT_IN_PILOT } from '../schema';

export interface ReferenceCity {
	readonly code: string;
	readonly name_en: string;
	readonly name_zh: string;
	readonly province_code: string;
	readonly province_en: string;
	readonly province_zh: string;
	/** A phase id, or 'none' for a modelled comparison place outside the pilot. */
	readonly phase: string;
	/** 'named', 'inferred' or 'modelled'. */
	readonly basis: string;
	/** 'YYYY-MM'; '' for a place that never joined. */
	readonly joined_month: string;
	readonly cbec_zone_batch: number | null;
	readonly source_ids: readonly string[];
	readonly lat: number;
	readonly lon: number;
}

export interface ReferenceProvince {
	readonly code: string;
	readonly name_en: string;
	readonly name_zh: string;
}

const EFFECTIVE = new Map(
	REFERENCE_CSV.phases.map((p) => [p.id ?? '', (p.effective ?? '').slice(0, 7)])
);

const PILOT_PLACES: readonly ReferenceCity[] = REFERENCE_CSV.cities.map((c) => {
	const code = cityCodeOf(c.admin_code ?? '');
	return {
		code,
		name_en: c.name_en ?? code,
		name_zh: c.name_zh ?? code,
		province_code: provinceCodeOf(code),
		province_en: c.province_en ?? '',
		province_zh: c.province_zh ?? '',
		phase: c.pilot_phase ?? '',
		basis: c.pilot_basis ?? '',
		joined_month: EFFECTIVE.get(c.pilot_phase ?? '') ?? '',
		cbec_zone_batch: c.cbec_zone_batch ? Number(c.cbec_zone_batch) : null,
		source_ids: (c.sources ?? '').split(';').filter(Boolean),
		lat: Number(c.lat),
		lon: Number(c.lon)
	};
});

/** The sample model's comparison places (data/reference/comparison_places.csv). */
const COMPARISON_PLACES: readonly ReferenceCity[] = REFERENCE_CSV.comparison_places.map((c) => {
	const code = comparisonCodeOf(c.province_code ?? '');
	return {
		code,
		name_en: c.name_en ?? code,
		name_zh: c.name_zh ?? code,
		province_code: c.province_code ?? '',
		province_en: c.province_en ?? '',
		province_zh: c.province_zh ?? '',
		phase: NOT_IN_PILOT,
		basis: c.basis ?? 'modelled',
		joined_month: '',
		cbec_zone_batch: null,
		source_ids: (c.sources ?? '').split(';').filter(Boolean),
		lat: Number(c.lat),
		lon: Number(c.lon)
	};
});

/** Every place: the pilot's, then the modelled comparison places (as the `cities` table). */
export const REFERENCE_CITIES: readonly ReferenceCity[] = [...PILOT_PLACES, ...COMPARISON_PLACES];

export const REFERENCE_PROVINCES: readonly ReferenceProvince[] = [
	...new Map(
		REFERENCE_CITIES.map((c) => [
			c.province_code,
			{ code: c.province_code, name_en: c.province_en, name_zh: c.province_zh }
		])
	).values()
].sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE = new Map(REFERENCE_CITIES.map((c) => [c.code, c]));

/** A reference city by its data code. */
export function referenceCity(code: string): ReferenceCity | undefined {
	return BY_CODE.get(code);
}
