/**
 * Filters travel, share and cite: the navigation keeps the shared filters on every page and one
 * link clears them; the share button copies the link and says so to a screen reader; the citation
 * names the view, its filters in words, the data version and the sample-data status.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

const FILTERS = 'ch=1210&from=2021-01&prov=440000&to=2023-12';
const WORDS = 'Guangdong · Jan 2021–Dec 2023 · bonded 1210 · import value';
const NAV = [
	['Overview', '/'],
	['Timeline', '/timeline'],
	['Map', '/map'],
	// the timeline's outcome section, from another page
	['What changed', '/timeline'],
	['Categories', '/categories'],
	['Compliance', '/compliance'],
	['Data', '/data'],
	['Report', '/report'],
	['About the data', '/about/data']
] as const;
const WITH_FILTER_BAR = new Set(['/timeline', '/map', '/categories', '/compliance']);

test('the navigation keeps the shared filters on every page, and one link clears them', async ({
	page
}) => {
	await page.goto(`/timeline?${FILTERS}&scale=index&lang=en`);
	for (const [label, path] of NAV) {
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: label, exact: true })
			.click();
		await expect(page).toHaveURL((u) => u.pathname === path);
		const params = new URL(page.url()).searchParams;
		expect(params.get('prov'), path).toBe('440000');
		expect(params.get('ch'), path).toBe('1210');
		expect(params.get('from'), path).toBe('2021-01');
		expect(params.get('to'), path).toBe('2023-12');
		expect(params.get('lang'), path).toBe('en');
		// A page's own view parameters stay on that page.
		expect(params.get('scale'), path).toBeNull();
		if (WITH_FILTER_BAR.has(path))
			await expect(page.getByTestId('filter-bar').locator('input[name="from"]')).toHaveValue(
				'2021-01'
			);
	}
	await page.goto(`/map?${FILTERS}&month=2020-06&lang=zh`);
	const clear = page.getByTestId('clear-filters');
	await expect(clear).toHaveAttribute('aria-label', /广东·2021年1月—2023年12月/);
	await clear.click();
	await expect(page).toHaveURL(
		(u) => u.pathname === '/map' && u.search === '?month=2020-06&lang=zh'
	);
	await expect(page.getByTestId('clear-filters')).toHaveCount(0);
	await expect(page.getByTestId('filter-bar').locator('input[name="from"]')).toHaveValue('');
});

test('share copies the link with a spoken confirmation; the citation names the filters', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const version = JSON.parse(
		readFileSync(resolve(import.meta.dirname, '../../static/data/manifest.json'), 'utf8')
	).version as string;
	await page.goto(`/timeline?${FILTERS}`);
	await expect(page.locator('[data-chart="timeline"] path.line').first()).toBeVisible();
	const status = page.getByTestId('share-status');
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await page.getByTestId('share-copy').click();
	await expect(status).toHaveText('Link copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

	await page.getByTestId('cite').locator('summary').click();
	const plain = page.getByTestId('cite-plain');
	await expect(plain).toContainText(`“Import volume as the pilot expanded”, ${WORDS}.`);
	await expect(plain).toContainText(`Data version ${version}`);
	await expect(plain).toContainText('imports: sample data (modelled, not official statistics)');
	await expect(plain).toContainText(page.url());
	const bibtex = await page.getByTestId('cite-bibtex').textContent();
	expect(bibtex).toMatch(/^@misc\{pilotatlas-import-volume-as-the-pilot-expanded-\d{4}-\d\d-\d\d,/);
	expect(bibtex).toContain(`title = {Import volume as the pilot expanded (${WORDS})}`);
	expect(bibtex).toContain(`data version ${version}`);
	await page.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(status).toHaveText('Citation copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);

	// In Chinese, the compliance page cites both tables it reads and leaves the metric out.
	await page.goto(`/compliance?${FILTERS}&lang=zh`);
	await page.getByTestId('cite').locator('summary').click();
	await expect(page.getByTestId('cite-plain')).toContainText(
		'广东·2021年1月—2023年12月·网购保税进口（1210）。'
	);
	await expect(page.getByTestId('cite-plain')).toContainText(
		'违规表：样本数据（模型生成，非官方统计）；进口表：样本数据'
	);
});
