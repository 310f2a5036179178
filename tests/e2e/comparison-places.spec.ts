/**
 * The sample's modelled comparison places, as an analyst meets them: said to be modelled and
 * outside the pilot on the provenance page and on their own page, with figures that equal an
 * independent computation, selectable in the filters, and in no pilot cohort, count or map.
 */
import { test, expect, openTable } from './fixtures';
import { loadImportRecords } from '../helpers/independent';
import { referenceCsv } from '../helpers/reference';

const places = referenceCsv('comparison_places');

test('the provenance page lists them as modelled, outside the pilot, with links', async ({
	page
}) => {
	await page.goto('/about/data');
	const section = page.getByTestId('comparison-places');
	await expect(section).toContainText('Outside the pilot: modelled comparison places');
	await expect(section).toContainText(`the sample adds ${places.length} places that never join`);
	await section.getByText(`${places.length} modelled comparison places`).click();
	await expect(section.locator('li a')).toHaveCount(places.length);
	// The pilot's membership table still counts only the pilot's places.
	await expect(page.getByTestId('phases')).not.toContainText('outside the pilot');
});

test('a comparison place’s page: never joined, modelled, read against the others outside', async ({
	page
}) => {
	const { records } = await loadImportRecords();
	const code = `x-rest-${places.find((p) => p.province_en === 'Gansu')!.province_code}`;
	const outside = new Set(places.map((p) => `x-rest-${p.province_code}`));
	await page.goto(`/city/${code}`);
	await expect(page.locator('h1')).toContainText('Gansu outside the pilot (modelled)');
	await expect(page.locator('[data-field="joined"]')).toHaveText('never joined');
	await expect(page.locator('[data-field="basis"]')).toContainText('modelled');
	await openTable(page, 'city-series');
	const row = page.locator('[data-testid="city-series-table"] tr[data-month="2022-11"]');
	const read = async (series: string) =>
		Number(await row.locator(`td[data-series="${series}"]`).getAttribute('data-value'));
	const month = records.filter((r) => r.month === '2022-11');
	await expect
		.poll(() => read('total'))
		.toBeCloseTo(
			month.filter((r) => r.code === code).reduce((s, r) => s + r.value, 0),
			2
		);
	expect(await read('bonded')).toBe(0);
	expect(await read('cohort')).toBeCloseTo(
		month.filter((r) => outside.has(r.code)).reduce((s, r) => s + r.value, 0) / outside.size,
		2
	);
});

test('the phase filter can choose them; the pilot cohorts then hold nothing', async ({ page }) => {
	await page.goto('/timeline');
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(3);
	await page
		.getByTestId('filter-bar')
		.getByText('Outside the pilot (modelled)', { exact: true })
		.click();
	await expect(page).toHaveURL(/\?phase=none$/);
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(0);
	await expect(page.locator('[role="alert"]')).toHaveCount(0);
});
