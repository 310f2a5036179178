/**
 * Uploads in the browser: a Chinese bureau-style file is mapped and loaded; every bad input of the
 * corpus gives its own error and leaves the loaded data as it was; a 600 MB file is refused.
 */
import { mkdtempSync, openSync, writeSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForAnswers } from './fixtures';
import { BAD_INPUTS, HUGE_FILE_BYTES } from '../fixtures/corpus';
import { CATALOGUES, type MessageKey } from '../../src/lib/i18n/catalogue';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

async function openWorkbench(page: Page) {
	await page.goto('/data');
	// The prerendered page shows the count before the app starts; a file chosen then is lost.
	await waitForAnswers(page);
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', /^\d+$/);
	return Number(await page.getByTestId('browse-count').getAttribute('data-value'));
}

const upload = (page: Page, path: string) => page.getByTestId('upload-input').setInputFiles(path);

test('a Chinese statistics file: title skipped, mapping confirmed, loaded, named on screen', async ({
	page
}) => {
	await openWorkbench(page);
	await expect(page.getByTestId('active-dataset')).toHaveAttribute('data-kind', 'sample');
	await upload(page, join(FIXTURES, 'good-inputs/imports-zh-gbk.csv'));
	await expect(page.getByTestId('read-summary')).toHaveAttribute('data-encoding', 'gb18030');
	await expect(page.getByTestId('read-summary')).toContainText('2021年跨境电商零售进口统计');
	const value = page.locator('[data-testid="mapping"] tr[data-column="value_cny"]');
	await expect(value.locator('select').first()).toHaveValue('5');
	await expect(value.locator('select').nth(1)).toHaveValue('10000');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('good-rows')).toHaveAttribute('data-value', '3');
	await expect(page.getByTestId('validation')).toContainText('value_cny 99,000');
	await page.getByTestId('load').click();
	await expect(page.getByTestId('upload-done')).toContainText('the table now has 3 rows');
	await expect(page.getByTestId('upload-done')).toContainText('orders 4,000, value_cny 99,000');
	await expect(page.getByTestId('active-dataset')).toHaveAttribute('data-kind', 'own');
	await expect(page.getByTestId('active-dataset')).toContainText('imports-zh-gbk.csv');
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', '3');
	// Every page names it, and the overview now counts the analyst's rows.
	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByTestId('own-data-chip')).toContainText('Your data: imports');
});

test('changing the mapping: a unit, then a column left unmapped', async ({ page }) => {
	await openWorkbench(page);
	await upload(page, join(FIXTURES, 'good-inputs/imports-en.csv'));
	const value = page.locator('[data-testid="mapping"] tr[data-column="value_cny"]');
	await value.locator('select').nth(1).selectOption('10000');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('validation')).toContainText('value_cny 652,000,000');
	await page.getByRole('button', { name: 'Fix the mapping' }).click();
	await value.locator('select').first().selectOption('');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('upload-error')).toHaveAttribute('data-code', 'unmapped');
	await expect(page.getByTestId('upload-error')).toContainText('value_cny');
});

test('every bad input gives its own error and the loaded data stays', async ({ page }) => {
	test.setTimeout(180_000);
	const before = await openWorkbench(page);
	for (const bad of BAD_INPUTS) {
		await upload(page, join(FIXTURES, 'bad-inputs', bad.file));
		if (bad.stage === 'file') {
			if (bad.code !== 'unmapped') {
				const error = page.getByTestId('upload-error');
				await expect(error, bad.file).toHaveAttribute('data-code', bad.code);
			} else {
				await page.getByRole('button', { name: 'Check the rows' }).click();
				await expect(page.getByTestId('upload-error')).toHaveAttribute('data-code', 'unmapped');
				await page.getByTestId('upload').getByRole('button', { name: 'Cancel' }).click();
			}
		} else {
			await page.getByRole('button', { name: 'Check the rows' }).click();
			const problem = page.locator(
				`[data-testid="problems"] tr[data-code="${bad.code}"][data-row="${bad.row}"]`
			);
			await expect(problem, bad.file).toBeVisible();
			const text = CATALOGUES.en[`workbench.problem.${bad.code}` as MessageKey].split('{')[0]!;
			await expect(problem).toContainText(text.trim());
			await page.getByTestId('upload').getByRole('button', { name: 'Cancel' }).click();
		}
		await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', String(before));
	}
	await expect(page.getByTestId('active-dataset')).toHaveAttribute('data-kind', 'sample');
});

test('a 600 MB file is refused before it is read', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'pa-huge-'));
	const path = join(dir, 'huge.csv');
	const fd = openSync(path, 'w');
	const chunk = Buffer.from('2021-01,330100,beauty,1210,100,26000\n'.repeat(28_000));
	writeSync(fd, 'month,city_code,category,channel,orders,value_cny\n');
	for (let written = 0; written < HUGE_FILE_BYTES; written += chunk.length) writeSync(fd, chunk);
	closeSync(fd);
	try {
		const before = await openWorkbench(page);
		await upload(page, path);
		await expect(page.getByTestId('upload-error')).toHaveAttribute('data-code', 'too-large');
		await expect(page.getByTestId('upload-error')).toContainText('up to 400 MB');
		await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', String(before));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a failed load (rows already loaded) changes nothing', async ({ page }) => {
	// The sample covers 2016–2025; these rows are for 2030, so the first add succeeds.
	const before = await openWorkbench(page);
	await upload(page, join(FIXTURES, 'good-inputs/imports-2030.csv'));
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByLabel('Add to the imports table').check();
	await page.getByTestId('load').click();
	await expect(page.getByTestId('upload-done')).toBeVisible();
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', String(before + 3));
	await expect(page.getByTestId('active-dataset')).toContainText('added to the data');
	await upload(page, join(FIXTURES, 'good-inputs/imports-2030.csv'));
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByLabel('Add to the imports table').check();
	await page.getByTestId('load').click();
	await expect(page.getByTestId('load-error')).toContainText('already loaded');
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', String(before + 3));
});
