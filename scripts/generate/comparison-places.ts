/**
 * The modelled comparison places (`data/reference/comparison_places.csv`): one per province, the
 * part of it outside every pilot city. They never join the bonded pilot, so the sample has a
 * never-joined group; their membership and size are assumptions, not facts.
 */
import { CITIES, NOT_IN_PILOT } from '../../src/lib/schema';
import { comparisonCodeOf } from '../../src/lib/reference/codes';
import type { CityRow } from './cities';
import { parseCell, parseCsvCells } from './csv-table';

export const COMPARISON_FILE = 'comparison_places.csv';

/** The columns of `comparison_places.csv`. */
export const COMPARISON_CSV_COLUMNS = [
	'province_code',
	'name_en',
	'name_zh',
	'province_en',
	'province_zh',
	'lat',
	'lon',
	'basis',
	'sources'
] as const;

const PROVINCE_RE = /^\d{2}0000$/;

/** The comparison places as rows of the `cities` table: phase 'none', no joining month. */
export function deriveComparisonPlaces(text: string): CityRow[] {
	const spec = (name: string) => {
		const c = CITIES.columns.find((col) => col.name === name);
		if (!c) throw new Error(`cities: no column '${name}'`);
		return c;
	};
	const seen = new Set<string>();
	return parseCsvCells(COMPARISON_FILE, text, COMPARISON_CSV_COLUMNS).map((cells, i) => {
		const line = i + 2;
		const cell = (column: string, raw: string | undefined) =>
			parseCell(COMPARISON_FILE, line, spec(column), raw ?? '');
		const province = cells.province_code ?? '';
		if (!PROVINCE_RE.test(province)) {
			throw new Error(`${COMPARISON_FILE} line ${line}: province_code '${province}'`);
		}
		if (seen.has(province)) {
			throw new Error(`${COMPARISON_FILE} line ${line}: a second place for ${province}`);
		}
		seen.add(province);
		if (cells.basis !== 'modelled') {
			throw new Error(`${COMPARISON_FILE} line ${line}: basis must be 'modelled'`);
		}
		return {
			code: comparisonCodeOf(province),
			code_official: false,
			name_en: cell('name_en', cells.name_en) as string,
			name_zh: cell('name_zh', cells.name_zh) as string,
			province_code: province,
			province_en: cell('province_en', cells.province_en) as string,
			province_zh: cell('province_zh', cells.province_zh) as string,
			lat: cell('lat', cells.lat) as number,
			lon: cell('lon', cells.lon) as number,
			phase: NOT_IN_PILOT,
			joined_month: null,
			basis: 'modelled',
			cbec_zone_batch: null,
			source_ids: cell('source_ids', cells.sources) as string
		};
	});
}
