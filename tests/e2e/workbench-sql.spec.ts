/**
 * The SQL console and the virtual table: run, errors in place, cancel, history, a shared link
 * that never runs by itself, and a million rows that scroll smoothly (frame times measured).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function openConsole(page: Page, search = '') {
	await page.goto(`/data${search}`);
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', /^\d+$/);
	await expect(page.locator('[data-testid="sql-console"] .editor')).toHaveAttribute(
		'data-ready',
		'true'
	);
}

async function typeSql(page: Page, text: string) {
	const editor = page.getByTestId('sql-editor');
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await editor.fill(text);
}

test('run a query: the result, its count, the history; an error shows in place', async ({
	page
}) => {
	await openConsole(page);
	await typeSql(
		page,
		'SELECT channel, count(*)::INTEGER AS n FROM imports GROUP BY channel ORDER BY channel'
	);
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result-count')).toHaveAttribute('data-value', '2');
	const table = page.locator('[data-testid="sql-console"] [data-testid="virtual-table"]');
	await expect(table.getByRole('gridcell', { name: '1210', exact: true })).toBeVisible();
	await expect(page.getByTestId('sql-history')).toContainText('GROUP BY channel');

	await typeSql(page, 'SELECT nope FROM imports');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('sql-error')).toContainText('nope');
});

test('completion offers the contract tables and columns', async ({ page }) => {
	await openConsole(page);
	await typeSql(page, 'SELECT * FROM vio');
	await page.keyboard.press('Control+Space');
	await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('violations');
	// Highlighting wraps the keyword in a styled span of its own.
	const keyword = page.locator('[data-testid="sql-editor"] span', { hasText: /^SELECT$/ });
	await expect(keyword).toBeVisible();
	expect(await keyword.evaluate((el) => getComputedStyle(el).color)).not.toBe(
		await page.getByTestId('sql-editor').evaluate((el) => getComputedStyle(el).color)
	);
});

test('a long query is cancelled and says so', async ({ page }) => {
	await openConsole(page);
	await typeSql(
		page,
		'SELECT sum(a.range * b.range) FROM range(200000) a CROSS JOIN range(200000) b'
	);
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-run')).toBeDisabled();
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-error')).toContainText('cancelled', { timeout: 15_000 });
	await expect(page.getByTestId('sql-run')).toBeEnabled();
	await typeSql(page, 'SELECT 41 + 1 AS answer');
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result-count')).toHaveAttribute('data-value', '1');
});

test('a shared link shows its query but never runs it', async ({ page }) => {
	const query = "CREATE TABLE from_link AS SELECT 1 AS x; SELECT 'ran' AS status";
	await openConsole(page, `?sql=${encodeURIComponent(query)}`);
	await expect(page.getByTestId('sql-from-link')).toBeVisible();
	await expect(page.getByTestId('sql-editor')).toContainText('CREATE TABLE from_link');
	await page.waitForTimeout(1000);
	await expect(page.getByTestId('sql-result-count')).toHaveCount(0);
	// Prove the statement did not run: the table it would create does not exist.
	await typeSql(
		page,
		"SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'from_link'"
	);
	await page.getByTestId('sql-run').click();
	await expect(
		page.locator('[data-testid="sql-console"] [role="gridcell"]', { hasText: /^0$/ })
	).toBeVisible();
});

test('a million rows scroll smoothly in the virtual table', async ({ page }) => {
	test.setTimeout(120_000);
	await openConsole(page);
	await typeSql(
		page,
		"SELECT range::INTEGER AS n, (range * 2)::DOUBLE AS twice, 'row ' || range AS label FROM range(1000000)"
	);
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result-count')).toHaveAttribute('data-value', '1000000');
	const scroller = page.locator('[data-testid="sql-console"] .scroller');
	// Scroll through the whole table in 120 frames and time every frame.
	const frames = await scroller.evaluate(async (el) => {
		const times: number[] = [];
		const max = el.scrollHeight - el.clientHeight;
		let last = performance.now();
		for (let i = 1; i <= 120; i++) {
			el.scrollTop = (max * i) / 120;
			await new Promise(requestAnimationFrame);
			const now = performance.now();
			times.push(now - last);
			last = now;
		}
		return times.sort((a, b) => a - b);
	});
	const p50 = frames[Math.floor(frames.length * 0.5)]!;
	const p95 = frames[Math.floor(frames.length * 0.95)]!;
	console.log(`1,000,000 rows: frame time p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
	// Frame budgets on a shared 2-core machine: the median holds 30 fps; the tail is bounded so
	// a regression (e.g. drawing every row) fails, while a busy neighbour process does not.
	expect(p50).toBeLessThan(34);
	expect(p95).toBeLessThan(150);
	await expect(scroller.getByRole('gridcell', { name: 'row 999999', exact: true })).toBeVisible();
	// Sorting the million rows descending puts the last row first.
	await page
		.locator('[data-testid="sql-console"] [role="columnheader"] button', { hasText: 'n' })
		.first()
		.click();
	await page
		.locator('[data-testid="sql-console"] [role="columnheader"] button', { hasText: 'n' })
		.first()
		.click();
	await expect(scroller.getByRole('gridcell', { name: 'row 999999', exact: true })).toBeVisible();
});
