/**
 * The modelled comparison places (data/reference/comparison_places.csv): places that never join
 * the bonded pilot, merged into `cities`, inside the calibrated national totals.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../scripts/generate/dataset';
import { deriveComparisonPlaces } from '../../scripts/generate/comparison-places';
import { parseReference } from '../../scripts/generate/reference';
import { readReferenceFiles } from '../../scripts/generate/reference-files';
import { NOT_IN_PILOT } from '../../src/lib/schema';
import { openTestDb, type TestDb } from '../helpers/duckdb';

let db: TestDb;
const scalar = (sql: string) => Number(Object.values(db.rows(sql)[0] ?? {})[0]);
const REST = `(SELECT code FROM cities WHERE phase = '${NOT_IN_PILOT}')`;

beforeAll(async () => {
	const data = generateDataset();
	db = await openTestDb();
	for (const t of data.manifest.tables) db.loadArrow(t.name, data.files.get(t.file)!);
});
afterAll(() => db?.close());

describe('the comparison places in the cities table', () => {
	test('18 places, one per province, outside the pilot, with no joining month', () => {
		const rows = db.rows<Record<string, unknown>>(
			`SELECT * FROM cities WHERE phase = '${NOT_IN_PILOT}' ORDER BY code`
		);
		expect(rows).toHaveLength(18);
		for (const r of rows) {
			expect(r.code).toBe(`x-rest-${String(r.province_code)}`);
			expect(r).toMatchObject({
				code_official: false,
				joined_month: null,
				basis: 'modelled',
				cbec_zone_batch: null,
				source_ids: 'S9;S11'
			});
			expect(String(r.name_en)).toMatch(/outside the pilot \(modelled\)$/);
		}
	});

	test('every pilot place keeps its phase and joining month', () => {
		expect(scalar(`SELECT count(*) FROM cities WHERE phase <> '${NOT_IN_PILOT}'`)).toBe(
			scalar('SELECT count(*) FROM cities WHERE joined_month IS NOT NULL')
		);
	});

	test('their provinces are provinces of the pilot places', () => {
		expect(
			scalar(`SELECT count(*) FROM (SELECT province_code FROM cities WHERE phase = '${NOT_IN_PILOT}'
				EXCEPT SELECT province_code FROM cities WHERE phase <> '${NOT_IN_PILOT}')`)
		).toBe(0);
	});
});

describe('their imports and violations', () => {
	test('direct purchase (9610) only, in every month', () => {
		expect(
			scalar(`SELECT count(*) FROM imports WHERE channel = '1210' AND city_code IN ${REST}`)
		).toBe(0);
		expect(
			scalar(`SELECT count(DISTINCT (city_code, month)) FROM imports
				WHERE channel = '9610' AND city_code IN ${REST}`)
		).toBe(18 * 120);
	});

	test('a small share of the national value (1–5 % in 2022), inside the calibrated totals', () => {
		const share = scalar(
			`SELECT sum(value_cny) FILTER (WHERE city_code IN ${REST}) / sum(value_cny)
			FROM imports WHERE year(month) = 2022`
		);
		expect(share).toBeGreaterThan(0.01);
		expect(share).toBeLessThan(0.05);
	});

	test('violations of every type but the bonded-only one, at the base rate of a mature city', () => {
		expect(
			scalar(
				`SELECT count(*) FROM violations WHERE type = 'offline_pickup' AND city_code IN ${REST}`
			)
		).toBe(0);
		const rate = scalar(
			`SELECT 1e4 * (SELECT sum(cases) FROM violations WHERE city_code IN ${REST} AND month < DATE '2021-04-01')::DOUBLE
			/ (SELECT sum(orders) FROM imports WHERE city_code IN ${REST} AND month < DATE '2021-04-01')::DOUBLE`
		);
		// resale 0.7 + fake identity 0.5 + over limit 0.4 + off list 0.3 per 10,000 orders
		expect(rate).toBeGreaterThan(1.6);
		expect(rate).toBeLessThan(2.2);
	});
});

describe('comparison_places.csv is checked', () => {
	const text = readReferenceFiles().get('comparison_places.csv')!;
	test('a second place in one province, a bad province code or basis is refused', () => {
		const lines = text.trim().split('\n');
		expect(() => deriveComparisonPlaces(`${text}${lines[1]}\n`)).toThrow(/a second place/);
		expect(() => deriveComparisonPlaces(text.replace('140000,', '14000,'))).toThrow(
			/province_code/
		);
		expect(() => deriveComparisonPlaces(text.replace(',modelled,', ',named,'))).toThrow(
			/basis must be 'modelled'/
		);
		expect(() => deriveComparisonPlaces(text.replace(',S9;S11', ',S9;S99'))).not.toThrow();
		const files = new Map(readReferenceFiles());
		files.set('comparison_places.csv', text.replace(',S9;S11', ',S9;S99'));
		expect(() => parseReference(files)).toThrow(/unknown source id 'S99'/);
	});

	test('without the file, the sample simply has no never-joined group', () => {
		const files = new Map(readReferenceFiles());
		files.delete('comparison_places.csv');
		const ref = parseReference(files);
		expect(ref.cities.some((c) => c.phase === NOT_IN_PILOT)).toBe(false);
	});
});
