/**
 * The overview before the engine: its cards and first chart come prerendered from build-time
 * answers, and the live engine's answers replace them without a visible change.
 */
import { test, expect, waitForCards } from './fixtures';

test('the overview shows its cards and first chart while the engine is still loading', async ({
	page
}) => {
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	// Hold the engine's wasm back: whatever shows meanwhile did not come from the engine.
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await waitForCards(page);
	await expect(page.locator('[data-chart="pilot-count"]')).toHaveAttribute('aria-busy', 'false');
	expect(await page.evaluate(() => performance.getEntriesByName('pa:data-ready').length)).toBe(0);
	const before = await page.locator('[data-testid="phase-card"]').allInnerTexts();
	const pathBefore = await page
		.locator('[data-chart="pilot-count"] svg path')
		.first()
		.getAttribute('d');
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('pa:first-chart').length))
		.toBe(1);

	release();
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('pa:data-ready').length), {
			timeout: 45_000
		})
		.toBe(1);
	await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
	expect(await page.locator('[data-testid="phase-card"]').allInnerTexts()).toEqual(before);
	expect(await page.locator('[data-chart="pilot-count"] svg path').first().getAttribute('d')).toBe(
		pathBefore
	);
});

// The map is left out: its one answer (8,710 city-months) is too large to embed, so its charts
// wait for the engine (BENCHMARKS.md says so).
for (const path of ['/timeline', '/categories', '/compliance', '/city/330100']) {
	test(`${path} draws its charts from the prerendered answers, and the engine changes nothing`, async ({
		page
	}) => {
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/*.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(path);
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('pa:first-chart').length))
			.toBe(1);
		const drawn = () =>
			page.evaluate(() =>
				Object.fromEntries(
					[...document.querySelectorAll('[data-chart]')].flatMap((figure) => {
						const svg = figure.querySelector('.body[data-state="ready"] svg');
						return svg ? [[figure.getAttribute('data-chart'), svg.outerHTML]] : [];
					})
				)
			);
		const before = await drawn();
		expect(Object.keys(before).length).toBeGreaterThan(0);
		expect(await page.evaluate(() => performance.getEntriesByName('pa:data-ready').length)).toBe(0);
		release();
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('pa:data-ready').length), {
				timeout: 45_000
			})
			.toBe(1);
		await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
		const after = await drawn();
		for (const [name, svg] of Object.entries(before)) expect(after[name], name).toBe(svg);
	});
}

// A prerendered page holds the default view. A link with a query asks for another one, so until
// the app has drawn it the page is held back with a note, not shown with the default's figures.
test('a filtered link to a prerendered page is held back until it shows what the link asks for', async ({
	page
}) => {
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	const opening = () =>
		page.evaluate(() => getComputedStyle(document.documentElement, '::after').content);

	await page.goto('/timeline', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('#main')).toBeVisible();
	expect(await opening()).toBe('none');

	await page.goto('/timeline?cat=food&lang=zh', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('#main')).toBeHidden();
	expect(await opening()).toBe('"正在打开链接所指的视图…"');
	await page.goto('/timeline?cat=food', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('#main')).toBeHidden();
	expect(await opening()).toBe('"Opening the view this link asks for…"');

	release();
	const chart = page.locator('[data-chart="timeline"]');
	await expect(chart.locator('.body')).toHaveAttribute('data-state', 'ready');
	await expect(page.locator('#main')).toBeVisible();
	await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
	await expect(chart.locator('figcaption, header').first()).toContainText(/food/i);
});
