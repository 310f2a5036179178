/**
 * Exported rows read without the app: names (city and province in English and Chinese), phase and
 * cohort beside the codes; a province-level table gets its province names. Provenance describes
 * the tables the export reads (after replacing `imports`, its export says "your data" while
 * `violations` is still the sample) and names the filters beside their codes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { OVERVIEW_FIXTURE } from '../../helpers/overview-fixture';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { exportRowsQuery } from '../../../src/lib/queries/workbench';
import {
	OWN_DATA_NOTICE,
	provenance,
	provenanceEntries,
	SAMPLE_NOTICE,
	tablesInSql,
	type DataVersion
} from '../../../src/lib/export/provenance';
import { namedFilters } from '../../../src/lib/export/filter-names';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb({
		...OVERVIEW_FIXTURE,
		imports: [
			...(OVERVIEW_FIXTURE.imports ?? []),
			{
				month: '2024-01-01',
				city_code: '110000',
				category: 'all',
				channel: 'all',
				orders: 3,
				value_cny: 30
			}
		]
	});
});
afterAll(() => db.close());

const run = (q: { sql: string; params: readonly unknown[] }) =>
	db.rows<Record<string, unknown>>(q.sql, q.params);

describe('export rows carry names beside codes', () => {
	test('city, province, phase and cohort next to the city code', () => {
		const rows = run(exportRowsQuery('imports', DEFAULT_FILTERS, null));
		const a = rows.find((r) => r.city_code === 'A')!;
		expect(Object.keys(a).slice(0, 11)).toEqual([
			'month',
			'city_code',
			'city_en',
			'city_zh',
			'province_code',
			'province_en',
			'province_zh',
			'phase',
			'phase_en',
			'phase_zh',
			'cohort'
		]);
		const city = OVERVIEW_FIXTURE.cities!.find((c) => c.code === 'A')!;
		expect(a).toMatchObject({
			city_en: city.name_en,
			city_zh: city.name_zh,
			province_code: city.province_code,
			phase: 't2016',
			cohort: 'c37'
		});
		expect(rows).toHaveLength((OVERVIEW_FIXTURE.imports ?? []).length + 1);
	});

	test('a province-level row: the province named, no city, phase or cohort', () => {
		const rows = run(
			exportRowsQuery('imports', { ...DEFAULT_FILTERS, provinces: ['110000'] }, null)
		);
		const p = rows.find((r) => r.city_code === '110000')!;
		expect(p).toMatchObject({
			province_code: '110000',
			province_en: 'P',
			city_en: null,
			cohort: null
		});
	});
});

describe('provenance per table', () => {
	const data: DataVersion = {
		sampleVersion: 'v1',
		uploads: [{ table: 'imports', file: 'mine.csv', sha256: 'ab', rows: 3, mode: 'replace' }],
		sampleInUse: true,
		tables: [
			{ table: 'imports', source: 'yours', grain: 'province × year', files: [] },
			{ table: 'violations', source: 'sample', grain: 'city × month, by type', files: [] }
		]
	};
	const base = { contents: 'imports', filters: {}, sql: 'SELECT 1', params: [], data, rows: 3 };
	const at = new Date(Date.UTC(2026, 0, 1));

	test('an export of the replaced imports says "your data", not sample', () => {
		const p = provenance({ ...base, exportedAt: at, tablesRead: ['imports'] });
		expect(p.sampleInUse).toBe(false);
		expect(p.notice).toBe(OWN_DATA_NOTICE);
		expect(p.tables).toEqual([data.tables![0]]);
	});

	test('an export reading violations (still the sample) says sample', () => {
		const p = provenance({ ...base, exportedAt: at, tablesRead: ['imports', 'violations'] });
		expect(p.notice).toBe(SAMPLE_NOTICE);
		expect(provenanceEntries(p)).toContainEqual([
			'tables',
			'imports: your data (province × year); violations: sample (city × month, by type)'
		]);
	});

	test('console SQL: the modelled tables it mentions', () => {
		expect(
			tablesInSql('SELECT * FROM "imports" i JOIN cities c ON c.code = i.city_code', [
				'imports',
				'violations'
			])
		).toEqual(['imports']);
		expect(tablesInSql('select count(*) from violations', ['imports', 'violations'])).toEqual([
			'violations'
		]);
	});

	test('filters by name and code, in both languages', () => {
		const named = namedFilters({ prov: '440000', ch: '1210', cat: 'beauty', city: '330100' });
		expect(named).toContainEqual({
			param: 'prov',
			label_en: 'province',
			label_zh: '省份',
			values: [{ code: '440000', name_en: 'Guangdong', name_zh: '广东' }]
		});
		expect(named.find((f) => f.param === 'city')!.values[0]).toMatchObject({ name_en: 'Hangzhou' });
		expect(named.find((f) => f.param === 'ch')!.values[0]!.name_zh).toBe('网购保税进口');
		const p = provenance({
			...base,
			filters: { prov: '440000' },
			filtersNamed: namedFilters({ prov: '440000' }),
			exportedAt: at
		});
		expect(provenanceEntries(p)).toContainEqual([
			'filters_named',
			'province 省份: Guangdong 广东 (440000)'
		]);
	});
});
