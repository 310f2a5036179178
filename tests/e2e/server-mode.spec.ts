/**
 * Server mode (`npm run serve`): views are answered by the server from view requests — no engine
 * or data download, no SQL sent — the workbench says what is off, and a server that stops
 * answering shows the engine's error state and recovers by itself when it is back.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitForAnswers } from './fixtures';
import { clientGoto, enableTestHooks } from './routes';

test('views come from the server as view requests: no engine, no data files, no SQL', async ({
	page,
	log
}) => {
	const bodies: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/api/v1/view')) bodies.push(r.postData() ?? '');
	});
	await page.goto('/timeline?phase=p2018,p2020&cat=food');
	await waitForAnswers(page);
	await expect(page.locator('[data-chart="timeline"] .body')).toHaveAttribute(
		'data-state',
		'ready'
	);
	expect(log.requests.filter((u) => /\.wasm|\.arrow|duckdb/.test(u))).toEqual([]);
	expect(bodies.length).toBeGreaterThanOrEqual(4);
	for (const body of bodies) {
		const request = JSON.parse(body) as { view: string; args: unknown[] };
		expect(Object.keys(request).sort()).toEqual(['args', 'view']);
		expect(body).not.toMatch(/SELECT|FROM|"sql"/i);
	}
	expect(bodies.map((b) => JSON.parse(b).view)).toContain('timeline.cohortSeries');
	await expect(page.getByTestId('engine-error')).toHaveCount(0);
});

test('the data page says uploads and SQL are off, and browses the server’s tables', async ({
	page
}) => {
	await page.goto('/data');
	const notice = page.getByTestId('workbench-unavailable');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('never runs SQL sent from a browser');
	await expect(page.getByTestId('sql-console')).toHaveCount(0);
	// The server sums its declaration batches back to the bundled table's rows.
	const bundled = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
		tables: { name: string; rows: number }[];
	};
	const rows = bundled.tables.find((t) => t.name === 'imports')!.rows;
	await expect(page.getByTestId('browse')).toContainText(`${rows.toLocaleString('en')} rows`);
	await page.goto('/data?lang=zh');
	await expect(page.getByTestId('workbench-unavailable')).toContainText('从不执行浏览器发来的SQL');
});

test('a server that stops answering shows the engine error, then recovers when it returns', async ({
	page
}) => {
	await enableTestHooks(page);
	// A filtered view, so the server (not the prerendered page) answered before it goes away.
	await page.goto('/compliance?phase=p2018');
	await waitForAnswers(page);
	const trend = page.locator('[data-chart="compliance-cohort-trend"] .body');
	await expect(trend).toHaveAttribute('data-state', 'ready');
	// The server goes away: every API call is refused.
	await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
	await clientGoto(page, '/compliance?phase=p2020');
	const error = page.getByTestId('engine-error');
	await expect(error).toContainText('The data server is not answering.');
	await expect(error).toContainText('Trying again automatically.');
	// It comes back: the engine reconnects by itself and the view is drawn from the URL.
	await page.unroute('**/api/v1/**');
	const notice = page.getByTestId('engine-crash');
	await expect(notice).toHaveAttribute('data-state', 'recovered', { timeout: 30_000 });
	await expect(notice).toContainText('is back');
	await expect(error).toHaveCount(0);
	await expect(trend).toHaveAttribute('data-state', 'ready');
	expect(new URL(page.url()).search).toBe('?phase=p2020');
});
