/**
 * The server's HTTP face under hostile input: SQL text in every field, path tricks, COPY, ATTACH,
 * INSTALL, oversized and malformed bodies, a thousand requests at once. Each is refused with a
 * clear 4xx (or 429) that leaks no path and no SQL, and the server keeps answering.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	parquetFolder,
	removeFolder,
	startServer,
	type RunningServer
} from '../../helpers/server-data';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
	dir = await parquetFolder();
	server = await startServer(dir);
});
afterAll(async () => {
	await server?.close();
	removeFolder(dir);
});

const post = (
	body: string,
	headers: Record<string, string> = { 'content-type': 'application/json' }
) => fetch(`${server.url}/api/v1/view`, { method: 'POST', headers, body });
const ask = (view: unknown) => post(JSON.stringify(view));

/**
 * The status and text of an answer, checked to leak neither a path of the server nor its SQL
 * (an error may quote the asked-for value, made inert: quotes and semicolons become ?).
 */
async function refusedWith(response: Response | Promise<Response>) {
	const r = await response;
	const text = await r.text();
	expect(text).not.toContain(dir);
	expect(text).not.toMatch(/\/work\/|node_modules|read_parquet|strftime|GROUP BY|"imports"/);
	return { status: r.status, error: (JSON.parse(text) as { error: string }).error };
}

async function stillAnswers() {
	const r = await ask({ view: 'reference.phases', args: [] });
	expect(r.status).toBe(200);
	expect(tableFromIPC(new Uint8Array(await r.arrayBuffer())).numRows).toBe(5);
}

/** A raw GET whose path is sent exactly as written (fetch would normalise `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(server.url);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (c: Buffer) => (body += c.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

const HOSTILE = [
	"read_csv('/etc/passwd')",
	"'; COPY imports TO '/tmp/pa-stolen.csv'; --",
	"ATTACH '/tmp/pa-x.db' AS x",
	'INSTALL httpfs',
	'LOAD httpfs',
	'SELECT * FROM duckdb_settings()',
	'../../../../etc/passwd',
	'1) UNION SELECT * FROM cities --'
];

describe('server mode over HTTP', () => {
	test('a view request is answered as Arrow IPC', async () => {
		const r = await ask({ view: 'timeline.cohortSeries', args: ['phase=p2018&cat=food'] });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
		const table = tableFromIPC(new Uint8Array(await r.arrayBuffer()));
		expect(table.schema.fields.map((f) => f.name)).toEqual(['month', 'cohort', 'value', 'orders']);
		expect(table.numRows).toBe(120);
	});

	test('SQL text is never run, whatever field it hides in', async () => {
		expect(
			await refusedWith(post('SELECT * FROM imports', { 'content-type': 'text/plain' }))
		).toEqual({
			status: 415,
			error: 'A view request is sent as application/json.'
		});
		expect((await refusedWith(ask({ sql: 'SELECT 1' }))).status).toBe(400);
		for (const text of HOSTILE) {
			for (const request of [
				{ view: text, args: [] },
				{ view: 'timeline.cohortSeries', args: [text] },
				{ view: 'timeline.cohortSeries', args: [`cat=${encodeURIComponent(text)}`] },
				{ view: 'city.monthly', args: [text, ''] },
				{ view: 'reference.events', args: [text, '2025-12'] },
				{ view: 'workbench.browseCount', args: [text, ''] },
				{ view: 'workbench.browseRows', args: ['cities', '', { column: text, desc: false }, null] }
			]) {
				const { status, error } = await refusedWith(ask(request));
				expect(status, JSON.stringify(request)).toBe(400);
				expect(error.length).toBeGreaterThan(10);
				if (/[;'()]/.test(text)) expect(error).not.toContain(text.slice(0, 12)); // made inert
			}
		}
		expect(existsSync('/tmp/pa-stolen.csv')).toBe(false);
		expect(existsSync('/tmp/pa-x.db')).toBe(false);
		await stillAnswers();
	});

	test('unknown views and filter values are named', async () => {
		expect(await refusedWith(ask({ view: 'timeline.everything', args: [] }))).toEqual({
			status: 400,
			error: "There is no view 'timeline.everything'."
		});
		expect(
			await refusedWith(ask({ view: 'timeline.cohortSeries', args: ['prov=999999'] }))
		).toEqual({
			status: 400,
			error: "filter prov '999999' is not a known value"
		});
	});

	test('oversized, malformed and misdirected requests', async () => {
		const big = JSON.stringify({ view: 'reference.phases', args: ['x'.repeat(10 * 1024 * 1024)] });
		const tooBig = await refusedWith(post(big));
		expect(tooBig.status).toBe(413);
		expect(tooBig.error).toMatch(/larger than 65536 bytes/);
		expect(await refusedWith(post('{"view": "reference.phases", "args": ['))).toEqual({
			status: 400,
			error: 'The request body is not valid JSON.'
		});
		expect((await refusedWith(post('null'))).status).toBe(400);
		expect((await refusedWith(post('[]'))).status).toBe(400);
		expect((await refusedWith(fetch(`${server.url}/api/v1/view`))).status).toBe(405);
		expect((await refusedWith(fetch(`${server.url}/api/v1/sql`, { method: 'POST' }))).status).toBe(
			404
		);
		expect((await refusedWith(fetch(`${server.url}/timeline`, { method: 'DELETE' }))).status).toBe(
			405
		);
		await stillAnswers();
	});

	test('path tricks never leave the built site', async () => {
		for (const path of [
			'/../../etc/passwd',
			'/%2e%2e/%2e%2e/etc/passwd',
			'/data/..%2f..%2f..%2fpackage.json',
			'/_app/%2e%2e%2f%2e%2e%2fpackage.json',
			'/..\\..\\package.json',
			'/%00',
			'/%E0%A4%A'
		]) {
			const r = await rawGet(path);
			expect(r.status, path).toBe(404);
			expect(r.body).not.toMatch(/"name": "pilot-atlas"|root:x:0/);
		}
		const manifest = await (await fetch(`${server.url}/data/manifest.json`)).json();
		expect(manifest.server).toEqual({ api: 'api/v1' });
		expect(JSON.stringify(manifest)).not.toContain(dir);
	});

	test('a thousand requests at once: answered or refused as busy, and the server keeps answering', async () => {
		const views = [
			{ view: 'timeline.cohortInfo', args: [''] },
			{ view: 'overview.latestFullYear', args: [] },
			{ view: 'timeline.cohortSeries', args: ['phase=p2020'] }
		];
		const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => ask(views[i % 3])));
		const statuses = new Map<number, number>();
		for (const r of answers) {
			statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
			if (r.status === 429) expect(r.headers.get('retry-after')).toBe('1');
			await r.arrayBuffer();
		}
		// 503: waited in the queue longer than a query may take (a loaded machine).
		for (const status of statuses.keys()) expect([200, 429, 503]).toContain(status);
		expect(statuses.get(200)).toBeGreaterThanOrEqual(34); // 2 running + 32 queued at least
		expect(statuses.get(429)).toBeGreaterThan(0);
		await stillAnswers();
		const health = await (await fetch(`${server.url}/api/v1/health`)).json();
		expect(health).toMatchObject({ status: 'ok', running: 0, waiting: 0 });
	});
});

describe('limits of one query', () => {
	test('a result larger than a response may carry is refused, with the way out', async () => {
		const small = await startServer(dir, { api: { maxRows: 10 } });
		try {
			const r = await refusedWith(
				fetch(`${small.url}/api/v1/view`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ view: 'workbench.browseRows', args: ['cities', '', null, null] })
				})
			);
			expect(r.status).toBe(413);
			const cities = small.db.folder.tables.get('cities')!.rows;
			expect(cities).toBeGreaterThan(100);
			expect(r.error).toMatch(
				new RegExp(`^The answer has ${cities} rows, more than the 10 .* ask for a window`)
			);
		} finally {
			await small.close();
		}
	});

	test('a query past its deadline is interrupted and says so; the next one runs', async () => {
		const slow = await startServer(dir, { api: { timeoutMs: 1 } });
		try {
			const asked = () =>
				fetch(`${slow.url}/api/v1/view`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ view: 'eventStudy.eventTime', args: [''] })
				});
			const r = await refusedWith(asked());
			expect(r).toEqual({
				status: 504,
				error: 'The query took longer than 0.001 s and was stopped.'
			});
			// The interrupted connection goes back to the pool and answers the next query in full.
			const again = await slow.db.run(
				{ sql: 'SELECT count(*)::INTEGER AS n FROM "cities"', params: [] },
				{ timeoutMs: 10_000, maxRows: 10 }
			);
			expect(tableFromIPC(again).getChild('n')!.get(0)).toBe(
				slow.db.folder.tables.get('cities')!.rows
			);
		} finally {
			await slow.close();
		}
	});
});
