/**
 * The server refuses a data folder that does not match the contract, naming the file and the
 * reason; a folder written by the pipeline opens, with the batches summed to the contract's grain.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ServerDatabase } from '../../../server/database';
import { parquetFolder, removeFolder, TEST_DB } from '../../helpers/server-data';

let good: string;
const copies: string[] = [];

beforeAll(async () => {
	good = await parquetFolder(500_000);
});
afterAll(() => {
	for (const dir of [good, ...copies]) removeFolder(dir);
});

/** A copy of the good folder, changed by `spoil`. */
function spoiled(spoil: (dir: string) => void | Promise<void>) {
	const dir = mkdtempSync(join(tmpdir(), 'pa-spoiled-'));
	copies.push(dir);
	cpSync(good, dir, { recursive: true });
	return Promise.resolve(spoil(dir)).then(() => dir);
}

function editManifest(dir: string, edit: (m: Record<string, unknown>) => void) {
	const path = join(dir, 'manifest.json');
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	edit(manifest);
	writeFileSync(path, JSON.stringify(manifest));
}

async function writeParquet(file: string, select: string) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	await conn.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
	conn.closeSync();
	instance.closeSync();
}

const refusal = async (dir: string) => {
	try {
		(await ServerDatabase.open(dir, TEST_DB)).close();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the folder was accepted');
};

describe('the data folder', () => {
	test('a folder written by the pipeline opens: batches summed, the domain read from it', async () => {
		const db = await ServerDatabase.open(good, TEST_DB);
		try {
			const imports = db.folder.tables.get('imports')!;
			expect(imports.batch).toBe(true);
			expect(imports.files).toHaveLength(120);
			expect(imports.rows).toBeGreaterThan(400_000);
			expect(db.domain.cities.has('330100')).toBe(true);
			expect(db.domain.categories.has('beauty')).toBe(true);
			expect(db.domain.firstMonth).toBe('2016-01');
			expect(db.domain.lastMonth).toBe('2025-12');
		} finally {
			db.close();
		}
	});

	test('a missing folder or manifest is named', async () => {
		expect(await refusal(join(good, 'nope'))).toMatch(/data folder .*nope does not exist/);
		const dir = await spoiled((d) => unlinkSync(join(d, 'manifest.json')));
		expect(await refusal(dir)).toMatch(/manifest\.json is missing/);
	});

	test('a manifest that is not JSON, or not for Parquet', async () => {
		const broken = await spoiled((d) => writeFileSync(join(d, 'manifest.json'), '{"format": '));
		expect(await refusal(broken)).toMatch(/manifest\.json is not valid JSON/);
		const arrow = await spoiled((d) => editManifest(d, (m) => (m.format = 'arrow-ipc-stream')));
		expect(await refusal(arrow)).toMatch(/"format" must be "parquet".*arrow-ipc-stream/);
	});

	test('a table missing from the manifest, or its file missing', async () => {
		const unnamed = await spoiled((d) =>
			editManifest(d, (m) => {
				m.tables = (m.tables as { name: string }[]).filter((t) => t.name !== 'violations');
			})
		);
		expect(await refusal(unnamed)).toBe('manifest.json names no file for the table violations.');
		const gone = await spoiled((d) => unlinkSync(join(d, 'violations.parquet')));
		expect(await refusal(gone)).toMatch(/violations\.parquet \(table violations\) does not exist/);
		const empty = await spoiled((d) => {
			rmSync(join(d, 'imports'), { recursive: true });
			mkdirSync(join(d, 'imports'));
		});
		expect(await refusal(empty)).toMatch(/imports \(table imports\) holds no \.parquet file/);
	});

	test('a file outside the folder is refused', async () => {
		const dir = await spoiled((d) =>
			editManifest(d, (m) => {
				const t = (m.tables as { name: string; file: string }[]).find((e) => e.name === 'cities')!;
				t.file = '../../etc/passwd';
			})
		);
		expect(await refusal(dir)).toMatch(
			/file of cities \(\.\.\/\.\.\/etc\/passwd\) is outside the data folder/
		);
	});

	test('wrong columns, a wrong type, a file that is not Parquet, a wrong row count', async () => {
		const columns = await spoiled((d) =>
			writeParquet(join(d, 'cities.parquet'), `SELECT 'x' AS code, 'y' AS name`)
		);
		expect(await refusal(columns)).toMatch(
			/^cities\.parquet \(table cities\) has the columns code, name; the contract wants code, code_official/
		);
		const type = await spoiled((d) =>
			writeParquet(
				join(d, 'violations.parquet'),
				`SELECT DATE '2020-01-01' AS month, '330100' AS city_code, 'fraud' AS type, 'many' AS cases,
					1 AS orders_involved, 1.5 AS value_cny`
			)
		);
		expect(await refusal(type)).toMatch(
			/violations\.parquet \(table violations\): column cases is VARCHAR; the contract wants INTEGER/
		);
		const garbage = await spoiled((d) =>
			writeFileSync(join(d, 'imports', '2020-01.parquet'), 'not parquet')
		);
		expect(await refusal(garbage)).toMatch(
			/^imports\/2020-01\.parquet \(table imports\) is not a readable Parquet file/
		);
		const rows = await spoiled((d) =>
			editManifest(d, (m) => {
				const t = (m.tables as { name: string; rows: number }[]).find(
					(e) => e.name === 'violations'
				)!;
				t.rows += 1;
			})
		);
		expect(await refusal(rows)).toMatch(
			/violations\.parquet \(table violations\) holds \d+ rows; manifest\.json says \d+/
		);
	});
});
