/** A page per place: reference facts, figures equal to an independent computation, links in. */
import { test, expect, openTable } from './fixtures';
import { loadImportRecords } from '../helpers/independent';

test('a city page shows its facts and figures that match an independent computation', async ({
	page
}) => {
	const { records, cohortOf } = await loadImportRecords();
	await page.goto('/city/330100?cat=beauty');
	await expect(page.locator('h1')).toContainText('Hangzhou');
	await expect(page.locator('[data-field="basis"]')).toContainText('named in a source');
	await expect(page.locator('[data-field="joined"]')).toHaveText('May 2016');
	await expect(page.locator('[data-chart="city-series"] path.line')).toHaveCount(3);

	const mine = records.filter(
		(r) => r.code === '330100' && r.category === 'beauty' && r.month === '2021-03'
	);
	const peers = records.filter(
		(r) => cohortOf.get(r.code) === 'c37' && r.category === 'beauty' && r.month === '2021-03'
	);
	const cohortSize = [...cohortOf.values()].filter((c) => c === 'c37').length;
	await openTable(page, 'city-series');
	const row = page.locator('[data-testid="city-series-table"] tr[data-month="2021-03"]');
	const read = async (series: string) =>
		Number(await row.locator(`td[data-series="${series}"]`).getAttribute('data-value'));
	expect(await read('total')).toBeCloseTo(
		mine.reduce((s, r) => s + r.value, 0),
		2
	);
	expect(await read('bonded')).toBeCloseTo(
		mine.filter((r) => r.channel === '1210').reduce((s, r) => s + r.value, 0),
		2
	);
	expect(await read('cohort')).toBeCloseTo(peers.reduce((s, r) => s + r.value, 0) / cohortSize, 2);

	await expect(page.locator('[data-chart="city-violations"]')).toContainText(
		'Violations have no goods category or channel'
	);
	await expect(page.locator('[data-chart="city-mix"] rect.bar')).toHaveCount(20);

	// The goods mix ignores the category filter (a mix of one category says nothing): shares of
	// the city's and its cohort's value over every month.
	const shareOf = (rows: typeof records) => {
		const total = rows.reduce((s, r) => s + r.value, 0);
		return rows.filter((r) => r.category === 'food').reduce((s, r) => s + r.value, 0) / total;
	};
	await openTable(page, 'city-mix');
	const food = page.locator('[data-testid="city-mix-table"] tr[data-category="food"]');
	const mixCell = async (series: string) =>
		Number(await food.locator(`td[data-series="${series}"]`).getAttribute('data-value'));
	expect(await mixCell('city')).toBeCloseTo(shareOf(records.filter((r) => r.code === '330100')), 9);
	expect(await mixCell('cohort')).toBeCloseTo(
		shareOf(records.filter((r) => cohortOf.get(r.code) === 'c37')),
		9
	);
});

test('inferred members say so, and the provenance page links to every city page', async ({
	page
}) => {
	await page.goto('/about/data');
	await page.getByText('86 cities + Hainan (2020): 25 places').click();
	await page.getByRole('link', { name: /Shantou/ }).click();
	await expect(page).toHaveURL(/\/city\/440500$/);
	await expect(page.locator('[data-field="basis"]')).toContainText('inferred');
});

test('an unknown city code is a clear 404, not a crash', async ({ page }) => {
	const response = await page.goto('/city/999999');
	expect(response?.status()).toBe(404);
	await expect(page.locator('body')).toContainText('404');
});
