/**
 * The categories page: shares for a filtered view equal an independent computation; every chart
 * is drawn with its sample-data label; sorting reorders the bars.
 */
import { test, expect } from './fixtures';
import { independentCategoryShares } from '../helpers/independent-pages';

test('category shares of a filtered view equal an independent computation', async ({ page }) => {
	const want = await independentCategoryShares({
		phases: ['p2018'],
		channel: '1210',
		from: '2020-01',
		to: '2020-12'
	});
	await page.goto('/categories?phase=p2018&ch=1210&from=2020-01&to=2020-12&metric=orders');
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
	// Keyboard: a bar takes focus, names its whole mix, and the arrows step through its segments.
	const bar = mix.locator('rect[data-bar="national"]');
	await bar.focus();
	await expect(bar).toHaveAttribute('aria-label', /Beauty and toiletries \d/);
	// Sorted by infant formula, that category comes first; the next is beauty.
	await expect(mix.getByRole('status')).toContainText('Infant formula');
	await page.keyboard.press('ArrowRight');
	await expect(mix.getByRole('status')).toContainText('Beauty and toiletries');
	// The difference view: one stop per category, naming every cohort's difference.
	const diff = page.locator('[data-chart="category-diff"]');
	const row = diff.locator('rect[data-row="infant"]');
	await row.focus();
	await expect(row).toHaveAttribute('aria-label', /37-city pilot [+−]?\d.* pp, 86 cities/);
	await expect(diff.getByRole('status')).toContainText('37-city pilot');
	await page.keyboard.press('ArrowDown');
	await expect(diff.getByRole('status')).toContainText('86 cities + Hainan');
});
