/** Derives the `cities` table from `data/reference/cities.csv` and the phases' dates. */
import type { Row } from '../../src/lib/data/arrow-table';
import { CITIES } from '../../src/lib/schema';
import { parseCell, parseCsvCells } from './csv-table';
import { XIONGAN, cityCodeOf, provinceCodeOf } from '../../src/lib/reference/codes';
import { monthIndex } from './calendar';

/** A row of the `cities` table. */
export interface CityRow {
	readonly code: string;
	readonly code_official: boolean;
	readonly name_en: string;
	readonly name_zh: string;
	readonly province_code: string;
	readonly province_en: string;
	readonly province_zh: string;
	readonly lat: number;
	readonly lon: number;
	readonly phase: string;
	/** Null for a comparison place that never joined. */
	readonly joined_month: string | null;
	readonly basis: string;
	readonly cbec_zone_batch: number | null;
	readonly source_ids: string;
}

/** The columns of `cities.csv` as compiled (not the table's: code and dates are derived). */
export const CITIES_CSV_COLUMNS = [
	'admin_code',
	'name_en',
	'name_zh',
	'province_en',
	'province_zh',
	'lat',
	'lon',
	'cbec_zone_batch',
	'pilot_phase',
	'pilot_basis',
	'sources'
] as const;

export { XIONGAN };

const ADMIN_CODE_RE = /^\d{6}$/;
const BASES = new Set(['named', 'inferred']);

/** First of the month of a 'YYYY-MM-DD' date. */
export function firstOfMonth(date: string): string {
	return `${date.slice(0, 7)}-01`;
}

/**
 * The cities table: code = admin_code (Xiong'an → 'x-xiongan', not official), province_code =
 * first two digits + '0000', joined_month = first of the month its phase took effect.
 */
export function deriveCities(text: string, phaseEffective: ReadonlyMap<string, string>): CityRow[] {
	const spec = (name: string) => {
		const c = CITIES.columns.find((col) => col.name === name);
		if (!c) throw new Error(`cities: no column '${name}'`);
		return c;
	};
	const seen = new Set<string>();
	return parseCsvCells('cities.csv', text, CITIES_CSV_COLUMNS).map((cells, i) => {
		const line = i + 2;
		const cell = (column: string, raw: string | undefined) =>
			parseCell('cities.csv', line, spec(column), raw ?? '');
		const admin = cells.admin_code ?? '';
		if (admin === '') {
			if (cells.name_en !== XIONGAN.name_en) {
				throw new Error(`cities.csv line ${line}: only ${XIONGAN.name_en} may lack admin_code`);
			}
		} else if (!ADMIN_CODE_RE.test(admin)) {
			throw new Error(`cities.csv line ${line}: admin_code '${admin}'`);
		}
		const code = cityCodeOf(admin);
		const provinceCode = provinceCodeOf(code);
		if (seen.has(code)) throw new Error(`cities.csv line ${line}: duplicate code ${code}`);
		seen.add(code);
		const phase = cells.pilot_phase ?? '';
		const effective = phaseEffective.get(phase);
		if (effective === undefined)
			throw new Error(`cities.csv line ${line}: unknown phase '${phase}'`);
		const basis = cells.pilot_basis ?? '';
		if (!BASES.has(basis)) throw new Error(`cities.csv line ${line}: basis '${basis}'`);
		return {
			code,
			code_official: admin !== '',
			name_en: cell('name_en', cells.name_en) as string,
			name_zh: cell('name_zh', cells.name_zh) as string,
			province_code: provinceCode,
			province_en: cell('province_en', cells.province_en) as string,
			province_zh: cell('province_zh', cells.province_zh) as string,
			lat: cell('lat', cells.lat) as number,
			lon: cell('lon', cells.lon) as number,
			phase,
			joined_month: firstOfMonth(effective),
			basis,
			cbec_zone_batch: cell('cbec_zone_batch', cells.cbec_zone_batch) as number | null,
			source_ids: cell('source_ids', cells.sources) as string
		};
	});
}

/** Months from the sample's first month to a place's joining; Infinity for one that never joined. */
export function joinedMonthIndex(city: Pick<CityRow, 'joined_month'>): number {
	return city.joined_month === null ? Infinity : monthIndex(city.joined_month);
}

/** A city as a generic table row. */
export function cityToRow(city: CityRow): Row {
	return { ...city };
}
