/**
 * What a cold visit of each route downloads, as transferred (compressed) bytes: the app's
 * JavaScript, its HTML and CSS, the data files, and the engine (duckdb-wasm's wasm, worker and
 * client library), measured in Chromium from the responses of a fresh context until the page is
 * interactive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { coldPage, IDLE_SCRIPT } from './browser';
import { isEngineJs } from './bundle';

export type DownloadKind = 'appJs' | 'htmlCss' | 'data' | 'engine' | 'other';

export interface RouteDownload {
	readonly path: string;
	readonly bytes: Record<DownloadKind, number>;
	readonly requests: number;
}

/** The routes whose cold visit is measured (a representative place for /city/[code]). */
export const DOWNLOAD_ROUTES = [
	'/',
	'/timeline',
	'/map',
	'/categories',
	'/compliance',
	'/city/330100',
	'/data',
	'/report',
	'/about/data'
];

function kindOf(siteDir: string, pathname: string, type: string): DownloadKind {
	if (pathname.endsWith('.wasm')) return 'engine';
	if (pathname.startsWith('/data/')) return 'data';
	if (pathname.endsWith('.js')) {
		try {
			return isEngineJs(pathname, readFileSync(join(siteDir, pathname))) ? 'engine' : 'appJs';
		} catch {
			return 'appJs';
		}
	}
	if (type === 'document' || pathname.endsWith('.css') || pathname.endsWith('.html'))
		return 'htmlCss';
	return 'other';
}

/** One cold visit of `path`: transferred bytes by kind, until every chart holds its answer. */
export async function routeDownload(
	browser: Browser,
	url: string,
	siteDir: string,
	path: string
): Promise<RouteDownload> {
	const page = await coldPage(browser);
	const bytes: Record<DownloadKind, number> = {
		appJs: 0,
		htmlCss: 0,
		data: 0,
		engine: 0,
		other: 0
	};
	let requests = 0;
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const sizes = await request.sizes();
				const { pathname } = new URL(request.url());
				bytes[kindOf(siteDir, pathname, request.resourceType())] += sizes.responseBodySize;
				requests++;
			})()
		);
	});
	try {
		await page.goto(`${url}${path}`);
		// A route whose views ask nothing (the report's empty builder) never starts the engine.
		const engineStarted = await page
			.waitForFunction(() => performance.getEntriesByName('pa:data-ready').length > 0, null, {
				timeout: 30_000
			})
			.then(
				() => true,
				() => false
			);
		if (engineStarted) await page.evaluate(IDLE_SCRIPT);
		else await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300); // late requests (lazy chunks after the first answers)
		await Promise.all(pending);
		return { path, bytes, requests };
	} finally {
		await page.context().close();
	}
}
