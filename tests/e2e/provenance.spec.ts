/** Provenance: every source listed, every page labelled as sample data, nothing leaves the origin. */
import { test, expect, waitForCards } from './fixtures';
import { referenceCsv } from '../helpers/reference';

test('the provenance page lists every source and the calibration basis', async ({ page }) => {
	await page.goto('/about/data');
	const sources = referenceCsv('sources');
	await expect(page.locator('[data-testid="sources"] tbody tr')).toHaveCount(sources.length);
	for (const s of sources) {
		await expect(page.locator(`#source-${s.id}`)).toContainText(s.id!);
	}
	await expect(page.getByTestId('calibration')).toContainText('56.59');
	await expect(page.getByTestId('calibration')).toContainText('assumed');
	await expect(page.getByTestId('data-version')).toContainText('version');
	await expect(page.getByText('No national violation rate is published')).toBeVisible();
});

for (const path of ['/', '/about/data']) {
	test(`${path} carries the sample-data label linking to the provenance page`, async ({ page }) => {
		await page.goto(path);
		const badge = page.getByTestId('sample-badge');
		await expect(badge).toContainText('Sample data');
		await badge.click();
		await expect(page).toHaveURL(/\/about\/data$/);
	});
}

test('no request leaves the origin while every page loads its data', async ({ page, log }) => {
	await page.goto('/');
	await waitForCards(page);
	// The cards are prerendered now: wait for the engine itself before leaving the page.
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('pa:data-ready').length), {
			timeout: 45_000
		})
		.toBe(1);
	await page.goto('/about/data');
	await expect(page.getByTestId('data-version')).toBeVisible();
	const origin = new URL(page.url()).origin;
	const outside = log.requests.filter(
		(url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')
	);
	expect(outside).toEqual([]);
	expect(log.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
});
