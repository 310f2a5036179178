/**
 * The province tile grid: one equal square per provincial-level division, laid out to resemble
 * geography (our own layout, `data/reference/province_tiles.csv`). Hong Kong, Macao and Taiwan
 * are in the grid but carry no pilot data, so they are drawn grey.
 */
import { csvParse } from 'd3';

export interface ProvinceTile {
	/** GB/T 2260 code of the provincial-level division (110000 …). */
	code: string;
	abbr_en: string;
	abbr_zh: string;
	name_en: string;
	name_zh: string;
	col: number;
	row: number;
	/** False for Hong Kong, Macao and Taiwan: outside the pilot's data. */
	pilot_data: boolean;
}

const HEADER = ['code', 'abbr_en', 'abbr_zh', 'name_en', 'name_zh', 'col', 'row', 'pilot_data'];

/** Parses and checks the layout file; throws with the line at fault. */
export function parseProvinceTiles(text: string): ProvinceTile[] {
	const rows = csvParse(text);
	if (rows.columns.join(',') !== HEADER.join(','))
		throw new Error(`province_tiles.csv: header must be ${HEADER.join(',')}`);
	return rows.map((r, i) => {
		const line = i + 2;
		const col = Number(r.col);
		const row = Number(r.row);
		if (!/^\d{2}0000$/.test(r.code ?? ''))
			throw new Error(`province_tiles.csv line ${line}: not a provincial code: ${r.code}`);
		if (!Number.isInteger(col) || !Number.isInteger(row) || col < 0 || row < 0)
			throw new Error(`province_tiles.csv line ${line}: col and row must be whole numbers ≥ 0`);
		if (r.pilot_data !== 'true' && r.pilot_data !== 'false')
			throw new Error(`province_tiles.csv line ${line}: pilot_data must be true or false`);
		return {
			code: r.code!,
			abbr_en: r.abbr_en ?? '',
			abbr_zh: r.abbr_zh ?? '',
			name_en: r.name_en ?? '',
			name_zh: r.name_zh ?? '',
			col,
			row,
			pilot_data: r.pilot_data === 'true'
		};
	});
}

/** The province code of any GB/T 2260 code: its first two digits + '0000'. */
export function provinceOf(code: string): string {
	return `${code.slice(0, 2)}0000`;
}
