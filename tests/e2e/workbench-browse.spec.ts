/** Browsing: filters and sort apply to the table; loading from a URL; a bad URL changes nothing. */
import { test, expect } from './fixtures';

test('the table follows the filters and sorts by a column', async ({ page }) => {
	await page.goto('/data?table=violations&cat=beauty');
	const count = page.getByTestId('browse-count');
	await expect(count).toHaveAttribute('data-value', /^\d+$/);
	await expect(page.getByTestId('browse')).toContainText('do not apply to this table: categories');
	const browse = page.getByTestId('browse');
	const header = browse.getByRole('columnheader', { name: 'cases' });
	await header.getByRole('button').click();
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const first = browse.locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').nth(3);
	await expect(first).not.toHaveText('Loading rows…');
	const top = Number(await first.textContent());
	const second = Number(
		await browse.locator('[role="row"][aria-rowindex="3"] [role="gridcell"]').nth(3).textContent()
	);
	expect(top).toBeGreaterThanOrEqual(second);
	expect(top).toBeGreaterThan(0);
});

test('a file loads from a URL; a missing one says so and changes nothing', async ({ page }) => {
	await page.goto('/data?table=violations');
	const count = page.getByTestId('browse-count');
	// The prerendered page shows the default table's count until the app starts: read the live one.
	await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
	await expect(count).toHaveAttribute('data-value', /^\d+$/);
	const before = await count.getAttribute('data-value');
	const url = page.getByLabel('or load from a URL');
	await url.fill(new URL('/data/missing.csv', page.url()).href);
	await page.getByRole('button', { name: 'Load', exact: true }).click();
	await expect(page.getByTestId('upload-error')).toHaveAttribute('data-code', 'fetch-failed');
	await expect(count).toHaveAttribute('data-value', before!);

	// The bundled violations file itself, through the same path an analyst's URL takes.
	await url.fill(new URL('/data/violations.arrow', page.url()).href);
	await page.getByRole('button', { name: 'Load', exact: true }).click();
	await expect(page.getByTestId('upload-table')).toHaveValue('violations');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('good-rows')).toHaveAttribute('data-value', before!);
	await page.getByTestId('load').click();
	await expect(page.getByTestId('upload-done')).toBeVisible();
	await expect(count).toHaveAttribute('data-value', before!);
	await expect(page.getByTestId('active-dataset')).toContainText('violations.arrow');
});
