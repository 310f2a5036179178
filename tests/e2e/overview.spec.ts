/**
 * The overview as an analyst meets it: three cohort cards whose numbers equal an independent
 * computation over the same Arrow files, and the pilot-count chart with its events.
 */
import { test, expect, waitForCards } from './fixtures';
import { independentCohortFigures, loadImportRecords } from '../helpers/independent';
import { referenceCsv } from '../helpers/reference';

test('each phase card shows the figures an independent computation gives', async ({ page }) => {
	const expected = await independentCohortFigures();
	await page.goto('/');
	await waitForCards(page);
	for (const want of expected) {
		const card = page.locator(`[data-testid="phase-card"][data-cohort="${want.cohort}"]`);
		const read = async (field: string) =>
			Number(await card.locator(`[data-field="${field}"]`).getAttribute('data-value'));
		expect(await read('cities_in_data')).toBe(want.citiesInData);
		expect(await read('value_now')).toBeCloseTo(want.valueNow, 0);
		expect(await read('growth')).toBeCloseTo(want.growth, 9);
		expect(await read('rate_per_10k')).toBeCloseTo(want.ratePer10k, 9);
		await expect(card).toContainText(`Import value, ${want.year}`);
	}
	await expect(page.locator('[data-cohort="c37"]')).toContainText('official count 37');
	await expect(page.locator('[data-cohort="call"]')).toContainText('no fixed official count');
});

test('each card’s sparkline ends at the cohort’s share of the national value in the last full year', async ({
	page
}) => {
	const { records, cohortOf } = await loadImportRecords();
	const months = new Map<string, Set<string>>();
	for (const r of records) {
		const y = r.month.slice(0, 4);
		if (!months.has(y)) months.set(y, new Set());
		months.get(y)!.add(r.month);
	}
	const year = [...months]
		.filter(([, m]) => m.size === 12)
		.map(([y]) => y)
		.sort()
		.at(-1)!;
	const inYear = records.filter((r) => r.month.startsWith(year));
	const national = inYear.reduce((s, r) => s + r.value, 0);
	await page.goto('/');
	await waitForCards(page);
	for (const cohort of ['c37', 'c86', 'call']) {
		const share =
			inYear.filter((r) => cohortOf.get(r.code) === cohort).reduce((s, r) => s + r.value, 0) /
			national;
		const spark = page.locator(
			`[data-testid="phase-card"][data-cohort="${cohort}"] [data-testid="share-sparkline"]`
		);
		await expect(spark).toContainText(year);
		expect(Number(await spark.locator('[data-value]').getAttribute('data-value'))).toBeCloseTo(
			share,
			9
		);
		await expect(spark.locator('svg path.line')).toHaveCount(1);
	}
});

test('the pilot-count chart stacks every phase and lists the policy events', async ({ page }) => {
	await page.goto('/');
	await waitForCards(page);
	const chart = page.locator('[data-chart="pilot-count"]');
	const phases = referenceCsv('phases');
	await expect(chart.locator('svg > path')).toHaveCount(phases.length);
	await expect(chart.locator('.events li')).toHaveCount(referenceCsv('events').length);
	await expect(chart).toContainText('Source:');

	await chart.getByText('Table of the data').click();
	const cities = referenceCsv('cities');
	for (const phase of phases) {
		const row = chart.locator('tr', { hasText: phase.label_en! }).first();
		const count = cities.filter((c) => c.pilot_phase === phase.id).length;
		await expect(row.locator('td.num')).toHaveText(String(count));
	}

	// Keyboard: the month cursor moves with the arrow keys and shows the counts.
	await chart.getByRole('slider').focus();
	await page.keyboard.press('End');
	await expect(chart.getByRole('status').filter({ hasText: 'All phases' })).toContainText(
		String(cities.length)
	);
});

test('a failed data download says so and recovers on retry', async ({ page }) => {
	let fail = true;
	await page.route('**/data/manifest.json', (route) =>
		fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()
	);
	await page.goto('/');
	await expect(page.getByTestId('engine-error')).toContainText('could not be loaded');
	await expect(page.locator('h1')).toBeVisible();
	fail = false;
	await page.getByTestId('engine-error').getByRole('button', { name: 'Try again' }).click();
	await waitForCards(page);
});
