/**
 * A phone (390 × 844) in both languages: the header stays compact, the first chart of the
 * overview, the timeline and the map starts on the first screen, every page can still be reached
 * from the navigation row, and the folded filter bar opens with the filters inside.
 */
import { test, expect } from './fixtures';

const PHONE = { width: 390, height: 844 };
const HEADER_MAX = 100;

// The overview's first chart is each phase card's share of the national value (the cards come
// first); the timeline's and the map's is their main chart.
const FIRST_CHART = [
	{ path: '/', chart: 'phase-cards', plot: '[data-testid="share-sparkline"] svg' },
	{ path: '/timeline', chart: 'timeline', plot: '.body svg' },
	{ path: '/map', chart: 'expansion-map', plot: '.body svg' }
] as const;

test.use({ viewport: PHONE });
test.beforeEach(({ log }) => void log);

for (const lang of ['en', 'zh'] as const) {
	const q = lang === 'zh' ? '?lang=zh' : '';

	for (const { path, chart, plot: plotOf } of FIRST_CHART) {
		test(`${lang} ${path}: compact header, and the first chart starts on the first screen`, async ({
			page
		}) => {
			await page.goto(`${path}${q}`);
			const frame = page.locator(`[data-chart="${chart}"]`);
			await expect(frame.locator(plotOf).first()).toBeVisible();
			// The engine's loading line above the page is gone once the data is in.
			await expect(page.getByTestId('engine-status')).toHaveCount(0);
			const header = await page.locator('header.site').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(HEADER_MAX);
			const plot = await frame.locator(plotOf).first().boundingBox();
			expect(plot!.y, 'the chart itself, not only its title, starts on screen').toBeLessThan(
				PHONE.height - 40
			);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
		});
	}

	test(`${lang}: every page is one tap away in the navigation row`, async ({ page }) => {
		await page.goto(`/about/data${q}`);
		const links = page.locator('header.site nav a');
		await expect(links).toHaveCount(9);
		const row = await page.locator('header.site nav').boundingBox();
		for (const link of await links.all()) {
			const box = (await link.boundingBox())!;
			expect(box.height, 'tap target').toBeGreaterThanOrEqual(24);
			expect(Math.abs(box.y - row!.y), 'one row').toBeLessThan(8);
		}
		// The last link scrolls into reach and works.
		await links.last().click();
		await expect(page).toHaveURL(/\/about\/data/);
		await links.nth(1).scrollIntoViewIfNeeded();
		await links.nth(1).click();
		await expect(page).toHaveURL(new RegExp(`/timeline${lang === 'zh' ? '\\?lang=zh' : '$'}`));
	});
}

test('the filter bar folds on a phone and opens with every filter', async ({ page }) => {
	await page.goto('/timeline?phase=p2018&lang=zh');
	const fold = page.getByTestId('filter-fold');
	await expect(fold).toBeVisible();
	await expect(fold).toHaveText(/筛选（已设1项）/);
	await expect(fold).toHaveAttribute('aria-expanded', 'false');
	const bar = page.getByTestId('filter-bar');
	await expect(bar.getByText('过渡期10城（2016）')).toBeHidden();
	await fold.click();
	await expect(fold).toHaveAttribute('aria-expanded', 'true');
	await bar.getByText('订单数').click();
	await expect(page).toHaveURL(/metric=orders/);
	await expect(fold).toHaveText(/筛选（已设2项）/);
});

test('at desktop width the filter bar is always open', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/timeline');
	await expect(page.getByTestId('filter-fold')).toBeHidden();
	await expect(page.getByTestId('filter-bar').getByLabel('Orders')).toBeVisible();
	// Polled: while the page hydrates, the header can be replaced and have no box for a moment.
	await expect
		.poll(async () => (await page.locator('header.site').boundingBox())?.height ?? Infinity)
		.toBeLessThanOrEqual(80);
});
