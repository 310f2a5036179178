/**
 * The categories page: shares for a filtered view equal an independent computation; every chart
 * is drawn with its sample-data label; sorting reorders the bars.
 */
import { test, expect, openTable } from './fixtures';
import { independentCategoryShares } from '../helpers/independent-pages';

test('category shares of a filtered view equal an independent computation', async ({ page }) => {
	const want = await independentCategoryShares({
		phases: ['p2018'],
		channel: '1210',
		from: '2020-01',
		to: '2020-12'
	});
	await page.goto('/categories?phase=p2018&ch=1210&from=2020-01&to=2020-12&metric=orders');
	// The prerendered (unfiltered) table shows until the app starts: read the live one.
	await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
	await openTable(page, 'category-mix');
	const table = page.getByTestId('category-mix-table');
	await expect(table.locator('tbody tr')).toHaveCount(10);
	const cells = await table.locator('td[data-value]').evaluateAll((els) =>
		els.map((e) => ({
			key: `${e.getAttribute('data-grp')}|${e.getAttribute('data-category')}`,
			value: Number(e.getAttribute('data-value'))
		}))
	);
	expect(new Set(cells.map((c) => c.key.split('|')[0]))).toEqual(new Set(['c37', 'national']));
	expect(cells).toHaveLength(20);
	for (const c of cells) expect(c.value, c.key).toBeCloseTo(want.get(c.key)!, 9);
});

test('every chart is drawn, labelled as sample data, and sorting reorders the bars', async ({
	page
}) => {
	await page.goto('/categories');
	for (const name of ['category-mix', 'category-diff', 'category-trend', 'category-channel']) {
		const chart = page.locator(`[data-chart="${name}"]`);
		await expect(chart.locator('svg').first()).toBeVisible();
		await expect(chart.locator('.sample')).toContainText('Sample data');
	}
	const mix = page.locator('[data-chart="category-mix"]');
	await page.getByTestId('category-sort').selectOption('infant');
	await expect(page).toHaveURL(/sort=infant/);
	const shares = await mix
		.locator('rect[data-category="infant"]')
		.evaluateAll((els) =>
			els.map((e) => [e.getAttribute('data-grp'), Number(e.getAttribute('data-share'))])
		);
	const cohorts = shares.filter(([g]) => g !== 'national').map(([, s]) => s as number);
	expect(cohorts).toEqual([...cohorts].sort((a, b) => b - a));
	expect(shares.at(-1)![0]).toBe('national');
	// Keyboard: the one cursor reads a whole bar, and the arrows step from bar to bar.
	const reader = mix.getByRole('slider');
	await reader.focus();
	await page.keyboard.press('End');
	await expect(reader).toHaveAttribute('aria-valuetext', /^National: .*Beauty and toiletries \d/);
	// Sorted by infant formula, that category comes first; the next is beauty.
	const tipRows = mix.getByRole('status').locator('tr[data-series]');
	await expect(tipRows.first()).toContainText('Infant formula');
	await expect(tipRows.nth(1)).toContainText('Beauty and toiletries');
	await expect(mix.locator('rect.active[data-grp="national"]').first()).toBeAttached();
	await page.keyboard.press('ArrowUp');
	const lastCohort = shares.at(-2)![0] as string;
	await expect(mix.getByRole('status')).toContainText(COHORT_LABELS[lastCohort]!);
	await expect(mix.locator('rect.active')).not.toHaveCount(0);
	for (const grp of await mix
		.locator('rect.active')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-grp'))))
		expect(grp).toBe(lastCohort);
	// The difference view: one stop for the chart; each category names every cohort's
	// difference, written from the shares as the table shows them.
	const diff = page.locator('[data-chart="category-diff"]');
	await openTable(page, 'category-diff');
	const rowReader = diff.getByRole('slider');
	await rowReader.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(rowReader).toHaveAttribute(
		'aria-valuetext',
		/^Infant formula.*: 37-city pilot [+−]?\d.* pp; 86 cities/
	);
	const tip = diff.getByRole('status');
	await expect(tip).toContainText('37-city pilot');
	await expect(tip).toContainText('86 cities + Hainan');
	const twinDiff = await diff
		.locator('tr[data-grp="c37"][data-category="infant"] td')
		.last()
		.textContent();
	await expect(tip.locator('tr[data-series="c37"] td').last()).toHaveText(twinDiff!.trim());
	await page.keyboard.press('ArrowDown');
	await expect(tip).toContainText('Health supplements');
});

const COHORT_LABELS: Record<string, string> = {
	c37: '37-city pilot',
	c86: '86 cities + Hainan',
	call: 'All zones'
};

test('with one channel in the filter, the channel split says there is nothing to split', async ({
	page
}) => {
	await page.goto('/categories?ch=1210');
	const split = page.locator('[data-chart="category-channel"]');
	await expect(split).toContainText('The channel filter keeps 1210 bonded only');
	await expect(split.locator('svg rect[data-category="1210"]').first()).toBeAttached();
	await expect(split.locator('svg rect[data-category="9610"]')).toHaveCount(0);
	await page.goto('/categories');
	await expect(split.locator('svg rect[data-category="9610"]').first()).toBeAttached();
	await expect(split).not.toContainText('The channel filter keeps');
});
