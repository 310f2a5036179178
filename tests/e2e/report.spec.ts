/**
 * Reports: built through the UI and round-tripped through their JSON spec; printed to PDF with
 * the expected pages and chart titles; published as a static folder that needs nothing outside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { encodeSpecForLink, parseReportSpec, type ReportSpec } from '../../src/lib/report/spec';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/report-spec.json');
const fixture = (): ReportSpec => {
	const parsed = parseReportSpec(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed.spec;
};

async function whenChartsReady(page: import('@playwright/test').Page) {
	await page.waitForFunction(
		() =>
			document.querySelectorAll('.report-doc figure').length > 0 &&
			!document.querySelector('.report-doc [aria-busy="true"], .report-doc [data-state="pending"]')
	);
}

test('a report built in the UI round-trips through its JSON spec', async ({ page, browser }) => {
	await page.goto('/report');
	await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
	await page.locator('input[name="title"]').fill('Bonded imports <b>2022</b>');
	await page.locator('input[name="author"]').fill('Analyst');
	await page.getByRole('button', { name: '+ Heading' }).click();
	await page.getByRole('button', { name: '+ Text' }).click();
	await page.locator('select[name="add-view"]').selectOption('timeline');
	await page.getByRole('button', { name: '+ View' }).click();
	const viewBlock = page.locator('[data-block="view"]');
	await expect(viewBlock.locator('[data-chart="timeline"] path.line')).toHaveCount(3);

	await viewBlock.getByRole('button', { name: 'Edit' }).click();
	await viewBlock.getByTestId('filter-bar').getByText('All zones (2021)').click();
	await expect(viewBlock.locator('[data-chart="timeline"] path.line')).toHaveCount(1);
	await expect(page).toHaveURL(/\/report$/);
	await viewBlock.getByRole('button', { name: 'Done' }).click();
	await page.locator('[data-block="text"]').getByRole('button', { name: 'Edit' }).click();
	await page
		.locator('[data-block="text"] textarea')
		.fill('Findings: **up** <img src=x onerror=alert(1)>');
	await expect(page.locator('[data-block="text"] .prose strong')).toHaveText('up');
	await expect(page.locator('[data-block="text"] .prose img')).toHaveCount(0);
	await page.locator('[data-block="heading"]').getByRole('button', { name: 'Move down' }).click();
	await expect(page.locator('[data-block]').first()).toHaveAttribute('data-block', 'text');

	const download = page.waitForEvent('download');
	await page.getByTestId('report-export').click();
	const file = await (await download).path();
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({
		version: 1,
		title: 'Bonded imports <b>2022</b>',
		author: 'Analyst',
		blocks: [
			{ kind: 'text' },
			{ kind: 'heading' },
			{ kind: 'view', view: 'timeline', params: 'phase=p2021', show: 'chart' }
		]
	});

	const fresh = await browser.newPage();
	await fresh.goto('/report');
	await expect(fresh.locator('.builder[data-ready="true"]')).toBeVisible();
	await expect(fresh.locator('[data-block]')).toHaveCount(0);
	await fresh.getByTestId('report-import').setInputFiles(file);
	await expect(fresh.getByTestId('report-title')).toHaveText('Bonded imports <b>2022</b>');
	await expect(fresh.locator('[data-block]')).toHaveCount(3);
	await expect(fresh.locator('[data-block="view"] [data-chart="timeline"] path.line')).toHaveCount(
		1
	);

	const bad = join(mkdtempSync(join(tmpdir(), 'pa-report-')), 'bad.json');
	writeFileSync(bad, JSON.stringify({ version: 1, blocks: [{ kind: 'view', view: 'rm -rf' }] }));
	await fresh.getByTestId('report-import').setInputFiles(bad);
	await expect(fresh.getByTestId('report-message')).toContainText('unknown view');
	await expect(fresh.locator('[data-block]')).toHaveCount(3);
	await fresh.close();
});

test("Chromium's PDF of a report has its pages and its chart titles", async ({ page }) => {
	const spec = fixture();
	await page.goto(`/report#spec=${encodeSpecForLink(spec)}`);
	await expect(page.getByTestId('report-title')).toHaveText(spec.title);
	await whenChartsReady(page);
	const dir = mkdtempSync(join(tmpdir(), 'pa-pdf-'));
	const pdf = join(dir, 'report.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
	const info = execFileSync('pdfinfo', [pdf]).toString();
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	expect(pages).toBeGreaterThanOrEqual(3);
	expect(pages).toBeLessThanOrEqual(6);
	expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
	const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
	for (const title of [
		spec.title,
		'Places in the retail-import pilot, by phase',
		'Import value per month, by cohort',
		'What joining changed in the first 12 months, per phase',
		'Sources'
	]) {
		expect(text).toContain(title);
	}
	expect(text).toContain('Sample data: modelled, not official');
	expect(text).toMatch(new RegExp(`1 ?/ ?${pages}`));
	expect(text).not.toContain('Move up');
});

test('the published folder shows every chart from disk, with no request outside it', async ({
	page,
	log
}) => {
	const out = mkdtempSync(join(tmpdir(), 'pa-publish-'));
	execFileSync('npx', ['tsx', 'scripts/report-publish.ts', FIXTURE, out], {
		env: { ...process.env, PA_PORT: String(Number(process.env.PA_PORT ?? 4173) + 20) },
		stdio: 'pipe'
	});
	expect(readdirSync(out).sort()).toEqual(['index.html', 'report.css']);
	await page.goto(`file://${out}/index.html`);
	await expect(page.locator('h1')).toHaveText(fixture().title);
	await expect(page.locator('figure[data-chart="pilot-count"] svg path').first()).toBeVisible();
	await expect(page.locator('figure[data-chart="timeline"] svg path.line')).toHaveCount(3);
	await expect(page.locator('[data-chart="join-growth"] table th').first()).toBeVisible();
	await expect(page.locator('svg[role="img"][aria-label]')).toHaveCount(2);
	await expect(page.getByText('not official statistics')).toBeVisible();
	await expect(page.locator('script')).toHaveCount(0);
	const outside = log.requests.filter((u) => !u.startsWith(`file://${out}/`));
	expect(outside).toEqual([]);
});
