/**
 * Every export format survives a round trip: export a query result → re-import the file through
 * the upload pipeline → load it into the engine → the same rows and sums as the source, checked
 * by independent queries (EXCEPT ALL both ways). Each file also carries its provenance.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import readXlsxFile from 'read-excel-file/universal';
import { parquetMetadata } from 'hyparquet';
import { tableFromIPC } from 'apache-arrow';
import type { TestDb } from '../helpers/duckdb';
import { openFixtureDb } from '../helpers/fixture-db';
import { ingestReference } from '../helpers/ingest-reference';
import { EXPORT_FORMATS, writeExport } from '../../src/lib/export/formats';
import { provenance, SAMPLE_NOTICE, SAMPLE_NOTICES } from '../../src/lib/export/provenance';
import { exportBaseName } from '../../src/lib/export/filename';
import { readGrid } from '../../src/lib/ingest/readers';
import { check, propose, toArrow } from '../../src/lib/ingest/pipeline';
import { tableToStreamBytes } from '../../src/lib/data/arrow-table';
import { initParquetWasm } from '../../src/lib/export/parquet-writer';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cjsArrow = require('apache-arrow') as typeof import('apache-arrow');

const ROWS = [
	['2021-01-01', '330100', 'beauty', '1210', 1000, 26000.5],
	['2021-01-01', '330100', 'food', '9610', 50, 8000.25],
	['2021-02-01', '310000', 'beauty', '1210', 120, 31200],
	['2021-03-01', '110000', 'wine', '9610', 7, 1234.56],
	['2024-12-01', '460100', 'infant', '1210', 2147483, 987654321.75]
].map(([month, city_code, category, channel, orders, value_cny]) => ({
	month,
	city_code,
	category,
	channel,
	orders,
	value_cny
}));

const SQL = 'SELECT * FROM imports ORDER BY ALL';
const provInput = {
	contents: 'imports',
	filters: { phase: 'p2018' },
	sql: SQL,
	params: [],
	data: { sampleVersion: 'abc123def4567890', uploads: [], sampleInUse: true },
	rows: ROWS.length,
	exportedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5))
};
const prov = provenance(provInput);
const base = exportBaseName({
	contents: 'imports',
	filters: { phase: 'p2018' },
	version: 'abc123def4567890',
	rows: ROWS.length
});

let db: TestDb;
let ipc: Uint8Array;
beforeAll(async () => {
	await initParquetWasm(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
	db = await openFixtureDb({ imports: ROWS });
	ipc = cjsArrow.tableToIPC(db.conn.query(SQL), 'stream');
});
afterAll(() => db.close());

const totals = (table: string) =>
	db.rows(
		`SELECT count(*)::INTEGER AS n, sum(orders)::BIGINT AS orders, sum(value_cny)::DOUBLE AS value FROM "${table}"`
	)[0];
const except = (a: string, b: string) =>
	db.rows<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM (SELECT * FROM "${a}" EXCEPT ALL SELECT * FROM "${b}")`
	)[0]!.n;

test('file names say what is inside', () => {
	expect(base).toBe('pilot-atlas_imports_phase-p2018_dabc123de_5rows');
});

describe.each(EXPORT_FORMATS)('%s', (format) => {
	test('round trip: same rows and sums', async () => {
		const files = await writeExport(format, ipc, base, prov);
		const main = files[0]!;
		expect(main.name).toBe(`${base}.${format}`);
		const read = await readGrid(main.name, main.bytes);
		const proposal = propose(read, 'imports');
		const validation = check(read, proposal, proposal.mapping, ingestReference());
		expect(validation.problems).toEqual([]);
		const name = `back_${format}`;
		db.loadArrow(name, tableToStreamBytes(toArrow(proposal.spec, validation)));
		expect(totals(name)).toEqual(totals('imports'));
		expect(except('imports', name)).toBe(0);
		expect(except(name, 'imports')).toBe(0);
	});
});

describe('provenance travels with the data', () => {
	test('CSV: UTF-8 with BOM, and a sidecar JSON', async () => {
		const [csv, sidecar] = await writeExport('csv', ipc, base, prov);
		expect([...csv!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(sidecar!.name).toBe(`${base}.provenance.json`);
		const p = JSON.parse(new TextDecoder().decode(sidecar!.bytes));
		expect(p).toMatchObject({
			sql: SQL,
			filters: { phase: 'p2018' },
			notice: SAMPLE_NOTICE,
			rows: 5
		});
		expect(p.exportedAt).toBe('2026-01-02T03:04:05.000Z');
	});

	test('XLSX: a provenance sheet', async () => {
		const [file] = await writeExport('xlsx', ipc, base, prov);
		const sheets = await readXlsxFile(file!.bytes.slice().buffer);
		const meta = sheets.find((s) => s.sheet === 'provenance')!.data;
		expect(meta).toContainEqual(['sql', SQL]);
		expect(meta).toContainEqual(['sample_version', 'abc123def4567890']);
		expect(meta).toContainEqual(['notice', SAMPLE_NOTICE]);
	});

	test('the notice follows the language of the interface that made the export', async () => {
		const zh = provenance({ ...provInput, language: 'zh' });
		expect(zh.notice).toBe(SAMPLE_NOTICES.zh);
		expect(zh.notice).toMatch(/样本数据/);
		const [file] = await writeExport('xlsx', ipc, base, zh);
		const meta = (await readXlsxFile(file!.bytes.slice().buffer)).find(
			(s) => s.sheet === 'provenance'
		)!.data;
		expect(meta).toContainEqual(['language', 'zh']);
		expect(meta).toContainEqual(['notice', SAMPLE_NOTICES.zh]);
	});

	test('Parquet: key-value metadata', async () => {
		const [file] = await writeExport('parquet', ipc, base, prov);
		const kv = parquetMetadata(file!.bytes.slice().buffer).key_value_metadata ?? [];
		expect(kv).toContainEqual({ key: 'pilot_atlas.sql', value: SQL });
		expect(kv).toContainEqual({
			key: 'pilot_atlas.exported_at',
			value: '2026-01-02T03:04:05.000Z'
		});
	});

	test('Arrow: schema metadata; JSON: a provenance object', async () => {
		const [arrowFile] = await writeExport('arrow', ipc, base, prov);
		expect(tableFromIPC(arrowFile!.bytes).schema.metadata.get('pilot_atlas.filters')).toBe(
			'{"phase":"p2018"}'
		);
		const [jsonFile] = await writeExport('json', ipc, base, prov);
		const parsed = JSON.parse(new TextDecoder().decode(jsonFile!.bytes));
		expect(parsed.provenance.notice).toBe(SAMPLE_NOTICE);
		expect(parsed.rows[3]).toEqual({
			month: '2021-03-01',
			city_code: '110000',
			category: 'wine',
			channel: '9610',
			orders: 7,
			value_cny: 1234.56
		});
	});
});
