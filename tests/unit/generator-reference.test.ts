import { beforeAll, describe, expect, test } from 'vitest';
import { deriveCities, type CityRow } from '../../scripts/generate/cities';
import { parseReference, type ReferenceData } from '../../scripts/generate/reference';
import { readReferenceFiles, type ReferenceFiles } from '../../scripts/generate/reference-files';
import { NOT_IN_PILOT, TABLES } from '../../src/lib/schema';

let files: ReferenceFiles;
let ref: ReferenceData;
const city = (name: string): CityRow => {
	const c = ref.cities.find((x) => x.name_en === name);
	if (!c) throw new Error(`no ${name}`);
	return c;
};
const edit = (file: string, from: string | RegExp, to: string): ReferenceFiles => {
	const text = files.get(file)!;
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`edit of ${file} changed nothing`);
	return new Map([...files, [file, changed]]);
};

/** The pilot's places (the modelled comparison places are tested in generator-comparison). */
const pilot = () => ref.cities.filter((c) => c.phase !== NOT_IN_PILOT);

beforeAll(() => {
	files = readReferenceFiles();
	ref = parseReference(files);
});

describe('reference tables', () => {
	test('every reference table of the contract is read, with all its columns', () => {
		const reference = TABLES.filter((t) => t.kind === 'reference');
		expect([...ref.rows.keys()].sort()).toEqual(reference.map((t) => t.name).sort());
		for (const spec of reference) {
			const rows = ref.rows.get(spec.name)!;
			expect(rows.length, spec.name).toBeGreaterThan(0);
			for (const row of rows) expect(Object.keys(row)).toEqual(spec.columns.map((c) => c.name));
		}
	});

	test('empty cells become null only in nullable columns', () => {
		const p2021 = ref.rows.get('phases')!.find((p) => p.id === 'p2021')!;
		expect(p2021.official_total).toBeNull();
		expect(ref.rows.get('categories')!.find((c) => c.id === 'infant')!.source_ids).toBeNull();
		expect(() => parseReference(edit('sources.csv', /,http[^\r\n]*/, ','))).toThrow(/non-nullable/);
	});

	test('bad cells, headers and references are refused', () => {
		expect(() => parseReference(edit('categories.csv', ',260,', ',lots,'))).toThrow(/not a number/);
		expect(() =>
			parseReference(edit('phases.csv', '2016-05-01,2016-05-01', '2016-05-01,2016-13-01'))
		).toThrow(/not a YYYY-MM-DD date/);
		expect(() => parseReference(edit('national_totals.csv', 'source_id', 'source'))).toThrow(
			/header/
		);
		expect(() => parseReference(edit('events.csv', /,S19(\r?\n)/, ',S99$1'))).toThrow(
			/unknown source id 'S99'/
		);
		expect(() => parseReference(edit('categories.csv', ',28.4,', ',30.4,'))).toThrow(
			/shares add up/
		);
	});
});

describe('cities', () => {
	test('121 cities, 37 of the 37-city cohort, codes unique', () => {
		expect(pilot()).toHaveLength(121);
		expect(new Set(pilot().map((c) => c.code)).size).toBe(121);
		const byPhase: Record<string, number> = {};
		for (const c of pilot()) byPhase[c.phase] = (byPhase[c.phase] ?? 0) + 1;
		expect(byPhase).toEqual({
			t2016: 10,
			t2017: 5,
			p2018: 22,
			p2020: 25,
			p2021: 59
		});
	});

	test("Xiong'an gets 'x-xiongan', not official, in Hebei", () => {
		expect(city("Xiong'an New Area")).toMatchObject({
			code: 'x-xiongan',
			code_official: false,
			province_code: '130000',
			joined_month: '2021-03-01',
			cbec_zone_batch: 5
		});
		expect(pilot().filter((c) => !c.code_official)).toHaveLength(1);
	});

	test('province_code is the first two digits + 0000', () => {
		expect(city('Yiwu')).toMatchObject({ code: '330782', province_code: '330000' });
		expect(city('Shanghai')).toMatchObject({ code: '310000', province_code: '310000' });
		for (const c of ref.cities.filter((x) => x.code_official)) {
			expect(c.province_code).toBe(`${c.code.slice(0, 2)}0000`);
		}
	});

	test("joined_month is the first of the month of the phase's effective date", () => {
		const expected = {
			t2016: '2016-05-01',
			t2017: '2018-01-01',
			p2018: '2019-01-01',
			p2020: '2020-01-01',
			p2021: '2021-03-01'
		} as Record<string, string>;
		for (const c of pilot()) expect(c.joined_month, c.name_en).toBe(expected[c.phase]);
	});

	test('basis, batch and sources come from the CSV', () => {
		expect(city('Pingtan')).toMatchObject({
			basis: 'named',
			cbec_zone_batch: null,
			source_ids: 'S1;S21;S22'
		});
		expect(city('Beijing')).toMatchObject({
			basis: 'named',
			cbec_zone_batch: 3,
			source_ids: 'S3;S4'
		});
		expect(city('Taiyuan').basis).toBe('inferred');
	});

	test('a missing admin code is only accepted for Xiong\u2019an', () => {
		const phases = new Map([['t2016', '2016-05-01']]);
		const csv = (code: string, name: string) =>
			`admin_code,name_en,name_zh,province_en,province_zh,lat,lon,cbec_zone_batch,pilot_phase,pilot_basis,sources\n${code},${name},x,P,p,1,2,,t2016,named,S1\n`;
		expect(() => deriveCities(csv('', 'Nowhere'), phases)).toThrow(/only Xiong'an/);
		expect(() => deriveCities(csv('12345', 'Short'), phases)).toThrow(/admin_code/);
		expect(deriveCities(csv('330100', 'Hangzhou'), phases)[0]?.joined_month).toBe('2016-05-01');
	});
});
