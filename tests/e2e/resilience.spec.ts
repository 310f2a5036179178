/**
 * Resilience: the engine's worker dies and the app restarts it, reloads the data and restores the
 * view from the URL without a page reload; a failed query breaks only its own chart.
 */
import { test, expect } from './fixtures';
import { clientGoto, enableTestHooks } from './routes';

const handle = 'window.__pilotAtlas';

test('a dead engine worker is restarted, the data reloaded and the view restored', async ({
	page
}) => {
	await enableTestHooks(page, { watchdogMs: 1000 });
	const view = '/timeline?scale=index&phase=p2018,p2020&from=2019-01&to=2022-12';
	await page.goto(view);
	const line = page.locator('[data-chart="timeline"] path.line');
	await expect(line.first()).toBeVisible();
	const before = await line.first().getAttribute('d');
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

	await page.waitForFunction(
		() => 'crashEngine' in ((window as { __pilotAtlas?: object }).__pilotAtlas ?? {})
	);
	await page.evaluate(`${handle}.crashEngine()`);
	const notice = page.getByTestId('engine-crash');
	await expect(notice).toHaveAttribute('data-state', 'restarting');
	await expect(notice).toContainText('Restarting');
	await expect(notice).toHaveAttribute('data-state', 'recovered', { timeout: 30_000 });
	await expect(notice).toContainText('restored');

	// Same page (no reload), same URL, same view.
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	expect(new URL(page.url()).search).toBe(new URL(view, 'http://x').search);
	await expect(line.first()).toHaveAttribute('d', before!);
	await expect(page.locator('[data-chart="timeline"] .body')).toHaveAttribute(
		'data-state',
		'ready'
	);
	// The restarted engine answers new questions.
	await page.getByTestId('engine-crash').getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	await clientGoto(page, '/timeline?scale=share');
	await expect(page.locator('[data-chart="timeline"] .body')).toHaveAttribute(
		'data-state',
		'ready'
	);
});

test('a failed query shows its error in its own chart; the others keep working', async ({
	page
}) => {
	await enableTestHooks(page);
	await page.goto('/city/330100');
	await expect(page.locator('[data-chart="city-violations"] .body')).toHaveAttribute(
		'data-state',
		'ready'
	);
	// Break the one table the violations chart reads, then ask every chart a new question.
	await page.evaluate(
		`${handle}.engine.ready().then((c) => c.query({ sql: 'DROP TABLE violations', params: [] }))`
	);
	await clientGoto(page, '/city/330100?from=2020-01');
	const broken = page.locator('[data-chart="city-violations"]');
	await expect(broken.locator('.body')).toHaveAttribute('data-state', 'error');
	await expect(broken.getByRole('alert')).toContainText('could not be drawn');
	for (const name of ['city-series', 'city-mix']) {
		await expect(page.locator(`[data-chart="${name}"] .body`)).toHaveAttribute(
			'data-state',
			'ready'
		);
	}
	await expect(page.getByTestId('engine-error')).toHaveCount(0);
	await expect(page.getByTestId('error-boundary')).toHaveCount(0);
});

test('the engine says how much memory a load needs before a load that would not fit', async ({
	page
}) => {
	// A manifest that announces 2 GB of files: ~6 GB needed, over the 4 GB WebAssembly ceiling.
	await page.route('**/data/manifest.json', async (route) => {
		const response = await route.fetch();
		const manifest = await response.json();
		manifest.tables[0].bytes = 2e9;
		await route.fulfill({ response, json: manifest });
	});
	await page.goto('/');
	const warning = page.getByTestId('engine-memory');
	// The limit is DuckDB's memory_limit in the browser, never above the 4 GB wasm32 ceiling.
	await expect(warning).toContainText(/needs about 5\.6 GB .* limit of [1-4](\.\d)? GB/);
	await expect(page.locator('h1')).toBeVisible();
	await warning.getByRole('button', { name: 'Load anyway' }).click();
	await expect(warning).toHaveCount(0);
	await expect(page.locator('[data-chart="pilot-count"] svg path').first()).toBeVisible();
});
