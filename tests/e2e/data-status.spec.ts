/**
 * Whose data a view shows, per table it reads: after the analyst's file replaces the imports
 * table, chart and table views that read imports say "your data", and views that also read the
 * violations table say which of their tables is still the sample.
 */
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const source = (page: import('@playwright/test').Page, chart: string) =>
	page.locator(`[data-chart="${chart}"] .source`);

test('table and chart views say "your data" for the table the analyst replaced', async ({
	page
}) => {
	await page.goto('/timeline');
	await expect(source(page, 'period-summary')).toContainText('Sample data: modelled, not official');
	await expect(source(page, 'join-growth')).toContainText('Sample data');

	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', /^\d+$/);
	await page
		.getByTestId('upload-input')
		.setInputFiles(join(FIXTURES, 'good-inputs/imports-en.csv'));
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByTestId('load').click();
	await expect(page.getByTestId('active-dataset')).toHaveAttribute('data-kind', 'own');

	// The timeline's views read only the imports table: all of it is the analyst's now.
	await page.getByRole('link', { name: 'Timeline' }).click();
	for (const chart of ['timeline', 'period-summary', 'join-growth', 'event-study']) {
		await expect(source(page, chart)).toContainText('Your data, loaded in this browser');
		await expect(source(page, chart)).not.toContainText('Sample data');
	}

	// Compliance views read imports (orders) and violations: each table is named for what it is.
	await page.getByRole('link', { name: 'Compliance' }).click();
	for (const chart of ['compliance-summary', 'city-league', 'compliance-cohort-trend']) {
		await expect(source(page, chart)).toContainText(
			'Your data: imports; sample data (modelled, not official): violations'
		);
	}
});
