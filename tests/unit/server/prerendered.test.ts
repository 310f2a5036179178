/**
 * The built site's pages over the server's data: prerendered pages carry the sample's figures
 * (seeds), so the server sends them only when its data is the same model; over any other data it
 * sends the client-rendered shell, and no sample figure reaches the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prerenderedFits, builtManifest } from '../../../server/prerendered';
import { serveStatic } from '../../../server/static-files';

const SAMPLE = { sample: true, generator: 'pilot-atlas-sample/2', seed: 'pilot-atlas' };

describe('which pages fit the data', () => {
	test('the sample at any scale, from the same generator and seed: prerendered pages', () => {
		expect(prerenderedFits(SAMPLE, SAMPLE)).toBe(true);
	});
	test('own data, another seed or generator, or no built manifest: the shell', () => {
		expect(prerenderedFits({ ...SAMPLE, sample: false }, SAMPLE)).toBe(false);
		expect(prerenderedFits({ ...SAMPLE, seed: 'other' }, SAMPLE)).toBe(false);
		expect(prerenderedFits({ ...SAMPLE, generator: 'pilot-atlas-sample/1' }, SAMPLE)).toBe(false);
		expect(prerenderedFits(SAMPLE, null)).toBe(false);
	});
});

describe('serving pages', () => {
	let site: string;
	let server: Server;
	let url: string;
	let pages: 'prerendered' | 'shell' = 'prerendered';

	beforeAll(async () => {
		site = mkdtempSync(join(tmpdir(), 'pa-site-'));
		mkdirSync(join(site, 'data'));
		mkdirSync(join(site, '_app'));
		writeFileSync(join(site, 'timeline.html'), '<main>sample figures<script id="pa-seeds">');
		writeFileSync(join(site, 'index.html'), '<main>sample overview');
		writeFileSync(join(site, '404.html'), '<main>shell');
		writeFileSync(join(site, '_app', 'app.js'), 'export {}');
		writeFileSync(join(site, 'data', 'manifest.json'), JSON.stringify(SAMPLE));
		server = createServer((req, res) =>
			serveStatic(site, req, res, new URL(req.url!, 'http://x').pathname, pages)
		);
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	});
	afterAll(() => {
		server?.close();
		rmSync(site, { recursive: true, force: true });
	});

	const get = async (path: string) => {
		const r = await fetch(`${url}${path}`);
		return { status: r.status, body: await r.text() };
	};

	test('the built manifest is read from the build', () => {
		expect(builtManifest(site)).toEqual(SAMPLE);
		expect(builtManifest(join(site, 'nowhere'))).toBeNull();
	});

	test('prerendered: each page as built', async () => {
		pages = 'prerendered';
		expect(await get('/timeline')).toEqual({
			status: 200,
			body: '<main>sample figures<script id="pa-seeds">'
		});
		expect((await get('/')).body).toBe('<main>sample overview');
	});

	test('shell: every page is the client-rendered shell, assets as built', async () => {
		pages = 'shell';
		expect(await get('/timeline')).toEqual({ status: 200, body: '<main>shell' });
		expect(await get('/')).toEqual({ status: 200, body: '<main>shell' });
		expect(await get('/timeline.html')).toEqual({ status: 200, body: '<main>shell' });
		expect(await get('/_app/app.js')).toEqual({ status: 200, body: 'export {}' });
		expect((await get('/nowhere')).status).toBe(404);
	});
});
