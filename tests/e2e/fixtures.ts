/**
 * Shared browser-test fixtures: every page records the requests it makes (so tests can prove
 * nothing leaves our origin) and the errors it throws (so a test fails on an uncaught error).
 */
import { test as base, expect } from '@playwright/test';

export interface PageLog {
	requests: string[];
	pageErrors: string[];
}

export const test = base.extend<{ log: PageLog }>({
	log: async ({ page }, use) => {
		const log: PageLog = { requests: [], pageErrors: [] };
		page.on('request', (r) => log.requests.push(r.url()));
		page.on('pageerror', (e) => log.pageErrors.push(e.message));
		await use(log);
		expect(log.pageErrors, 'uncaught errors in the page').toEqual([]);
	}
});

export { expect };

/** Waits until the three cohort cards hold numbers. */
export async function waitForCards(page: import('@playwright/test').Page) {
	await expect(page.getByTestId('phase-card')).toHaveCount(3);
	await expect(page.locator('[data-chart="pilot-count"] svg path').first()).toBeVisible();
}

/** The app has started (a held-back filtered link is shown) and no view has a query in flight. */
export async function waitForAnswers(page: import('@playwright/test').Page) {
	const html = page.locator('html');
	await expect(html).not.toHaveAttribute('data-prerendered');
	await expect(html).toHaveAttribute('data-queries', '0');
}

/** Opens the table under a chart, as a reader does (it is drawn only once opened). */
export async function openTable(
	page: import('@playwright/test').Page | import('@playwright/test').FrameLocator,
	chart: string
) {
	const twin = page.locator(`[data-chart="${chart}"] details.twin`);
	if (!(await twin.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await twin.locator(':scope > summary').click();
	}
	await expect(twin.locator('table').first()).toBeAttached();
}
