/**
 * Both engines, the same numbers: every registered view, with filters that narrow every
 * dimension, answered by the browser's engine (duckdb-wasm over the bundled Arrow files) and by
 * the server (native DuckDB over the Parquet folder at declaration-batch grain, summed at start-up,
 * Arrow IPC over HTTP), read into rows the way each provider does.
 */
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../scripts/generate/dataset';
import { tableToRows } from '../../../src/lib/db/rows';
import { factTablesSql } from '../../../src/lib/db/derived';
import type { QuerySpec, Row } from '../../../src/lib/db/connector';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { cityMonthlyQuery } from '../../../src/lib/queries/city';
import { mapCityMonthsQuery } from '../../../src/lib/queries/map';
import { openTestDb, type TestDb } from '../../helpers/duckdb';
import {
	parquetFolder,
	removeFolder,
	startServer,
	type RunningServer
} from '../../helpers/server-data';
import { CALLS } from '../../helpers/view-calls';

let wasm: TestDb;
let dir: string;
let server: RunningServer;

beforeAll(async () => {
	const [db, folder] = await Promise.all([openTestDb(), parquetFolder(500_000)]);
	wasm = db;
	for (const [file, bytes] of generateDataset().files)
		wasm.loadArrow(file.replace('.arrow', ''), bytes);
	for (const statement of factTablesSql()) wasm.conn.query(statement); // as the app's loader does
	dir = folder;
	server = await startServer(dir);
});
afterAll(async () => {
	wasm?.close();
	await server?.close();
	removeFolder(dir);
});

function inBrowser(q: QuerySpec): Row[] {
	const statement = wasm.conn.prepare(q.sql);
	try {
		return tableToRows(statement.query(...q.params));
	} finally {
		statement.close();
	}
}

async function onServer(q: QuerySpec, on: RunningServer = server): Promise<Row[]> {
	const r = await fetch(`${on.url}/api/v1/view`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(q.view)
	});
	expect(r.status, q.view!.view).toBe(200);
	return tableToRows(tableFromIPC(new Uint8Array(await r.arrayBuffer())));
}

/** Equal rows; sums of doubles may differ in their last bits (other order of addition). */
function expectSameRows(a: Row[], b: Row[], label: string) {
	expect(b.length, label).toBe(a.length);
	a.forEach((row, i) => {
		const other = b[i]!;
		expect(Object.keys(other), label).toEqual(Object.keys(row));
		for (const [key, value] of Object.entries(row)) {
			const got = other[key];
			if (typeof value === 'number' && typeof got === 'number') {
				expect(Math.abs(got - value), `${label} row ${i} ${key}`).toBeLessThanOrEqual(
					1e-9 * Math.max(1, Math.abs(value))
				);
			} else expect(got, `${label} row ${i} ${key}`).toEqual(value);
		}
	});
}

describe('the in-browser engine and the server agree', () => {
	test('on every registered view, filtered', async () => {
		let compared = 0;
		for (const q of CALLS) {
			const rows = inBrowser(q);
			expectSameRows(rows, await onServer(q), q.view!.view);
			compared += rows.length;
		}
		expect(compared).toBeGreaterThan(1000);
	});

	test('on the heaviest views, unfiltered', async () => {
		for (const q of [
			mapCityMonthsQuery(DEFAULT_FILTERS),
			cityMonthlyQuery('330100', DEFAULT_FILTERS)
		]) {
			const rows = inBrowser(q);
			expect(rows.length).toBeGreaterThan(100);
			expectSameRows(rows, await onServer(q), q.view!.view);
		}
	});

	test('out of core: imports_fact as a view over the Parquet batches, summed as it reads', async () => {
		const outOfCore = await startServer(dir, { db: { preaggregate: false } });
		try {
			expect(outOfCore.db.factLayout).toBe('view');
			expect(server.db.factLayout).toBe('table');
			for (const q of CALLS.filter((c) => /^(timeline|map|city|outcomes)\./.test(c.view!.view))) {
				expectSameRows(inBrowser(q), await onServer(q, outOfCore), q.view!.view);
			}
		} finally {
			await outOfCore.close();
		}
	});

	test('the server summed declaration batches back to the bundled table', async () => {
		expect(server.db.folder.tables.get('imports')!.rows).toBeGreaterThan(400_000);
		const count = { sql: 'SELECT count(*)::INTEGER AS n FROM "imports"', params: [] };
		const rows = tableToRows(
			tableFromIPC(await server.db.run(count, { timeoutMs: 10_000, maxRows: 1 }))
		);
		expect(rows).toEqual(inBrowser(count));
	});
});
