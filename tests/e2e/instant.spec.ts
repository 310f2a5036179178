/**
 * No work done twice: a filter click is a shallow history entry (no navigation, no request), a
 * URL change that leaves a query's inputs alone asks nothing again, and a question superseded
 * before it ran never reaches the engine. The charts still show the independent computation.
 */
import { test, expect, openTable } from './fixtures';
import { enableTestHooks } from './routes';
import { loadImportRecords } from '../helpers/independent';

interface Stats {
	queryStats: { sent: number; shared: number; dropped: number };
	questionStats: { evaluated: number; unchanged: number };
}
type Hooked = { __pilotAtlas?: Stats };

const stats = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const h = (window as Hooked).__pilotAtlas!;
		return { ...h.queryStats, ...h.questionStats };
	});

const idle = (page: import('@playwright/test').Page) =>
	expect
		.poll(() =>
			page.evaluate(
				() =>
					(document.documentElement.dataset.queries ?? '0') === '0' &&
					document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0
			)
		)
		.toBe(true);

test.beforeEach(async ({ page }) => {
	await enableTestHooks(page);
});

test('a view switch asks nothing again; a filter click loads nothing and asks only what it changes', async ({
	page,
	log
}) => {
	await page.goto('/timeline');
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(3);
	await idle(page);

	const before = await stats(page);
	await page.getByTestId('switch-scale').getByText('Share of national').click();
	await expect(page).toHaveURL(/scale=share/);
	await idle(page);
	const afterScale = await stats(page);
	expect(afterScale.sent - before.sent, 'queries sent for a scale switch').toBe(0);
	expect(afterScale.evaluated - before.evaluated, 'questions re-asked').toBe(0);

	const requests = log.requests.length;
	await page.getByTestId('filter-bar').getByLabel('1210 bonded').check();
	await expect(page).toHaveURL(/ch=1210/);
	await idle(page);
	// (The browser itself may fetch the favicon again when the URL changes.)
	const made = log.requests.slice(requests).filter((u) => !u.endsWith('/favicon.svg'));
	expect(made, 'requests made by a filter click').toEqual([]);
	const afterClick = await stats(page);
	// The channel is a goods filter: the cohort series (which the period summary sums too), the
	// national series, the index bases, the event study and the growth table ask again; the
	// cohort info (places only), the period frame and the events (no filters) do not.
	expect(afterClick.sent - afterScale.sent).toBe(5);
	expect(afterClick.unchanged - afterScale.unchanged).toBeGreaterThanOrEqual(1);

	await page.goBack();
	await expect(page).toHaveURL(/scale=share$/);
	await expect(page.getByTestId('filter-bar').getByLabel('1210 bonded')).not.toBeChecked();
});

test('clicks faster than the engine: superseded questions are dropped, the last state is shown', async ({
	page
}) => {
	const { records, cohortOf } = await loadImportRecords();
	await page.goto('/timeline');
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(3);
	await idle(page);
	const before = await stats(page);
	// Three clicks, each after the previous one's queries were queued (a task apart).
	await page.evaluate(async () => {
		const bar = document.querySelector('[data-testid="filter-bar"]')!;
		const box = (label: string) =>
			[...bar.querySelectorAll('label')]
				.find((l) => l.textContent?.includes(label))!
				.querySelector('input')!;
		const later = () => new Promise((r) => setTimeout(r, 0));
		box('1210 bonded').click();
		await later();
		box('9610 direct purchase').click();
		await later();
		box('1210 bonded').click();
	});
	await expect(page).toHaveURL(/\?ch=9610$/);
	await idle(page);
	const after = await stats(page);
	expect(after.dropped - before.dropped, 'superseded queries dropped').toBeGreaterThan(0);

	const expected = records
		.filter((r) => r.channel === '9610' && cohortOf.get(r.code) === 'c37' && r.month === '2022-11')
		.reduce((s, r) => s + r.value, 0);
	await openTable(page, 'timeline');
	const cell = page.locator(
		'[data-testid="timeline-table"] tr[data-month="2022-11"] td[data-cohort="c37"]'
	);
	await expect
		.poll(async () => Number(await cell.getAttribute('data-value')))
		.toBeCloseTo(expected, 2);
});
