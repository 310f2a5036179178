/**
 * Reports as an analyst publishes them: the printed PDF has no control and lists only the sources
 * its blocks cite; each block is captioned with its filters in words; the in-page Publish zip
 * opens from disk with no request outside it; a block that failed is named; the report's language
 * never switches the reader's interface.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { csvParse } from 'd3';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { enableTestHooks } from './routes';
import { encodeSpecForLink, type ReportSpec } from '../../src/lib/report/spec';

// The timeline draws the chosen months as a selection over all months: they are not a filter of it.
const WORDS = 'Guangdong · bonded 1210 · import value';
const spec: ReportSpec = {
	version: 1,
	title: 'Where the 2020 cohort stood',
	author: 'Analyst',
	date: '2026-11-27',
	lang: 'en',
	orientation: 'portrait',
	blocks: [
		{
			id: 'm',
			kind: 'view',
			view: 'map-expansion',
			params: 'phase=p2020&month=2020-06',
			show: 'chart'
		},
		{
			id: 't',
			kind: 'view',
			view: 'timeline',
			// share, not index: bonded imports are zero before joining, so have no base year to index
			params: 'ch=1210&from=2021-01&prov=440000&to=2023-12&scale=share',
			show: 'chart'
		}
	]
};

/** The sources the two blocks cite, read straight from the reference CSVs. */
function expectedSources(): string[] {
	const read = (f: string) => csvParse(readFileSync(`data/reference/${f}.csv`, 'utf8'));
	const ids = (s: string | undefined) => (s ?? '').split(';').filter(Boolean);
	const phases = read('phases');
	const out = new Set<string>([
		// the map, filtered to the 2020 phase: that phase and its cities
		...ids(phases.find((p) => p.id === 'p2020')?.source_ids),
		...read('cities')
			.filter((c) => c.pilot_phase === 'p2020')
			.flatMap((c) => ids(c.sources)),
		// the timeline: every phase and every event
		...phases.flatMap((p) => ids(p.source_ids)),
		...read('events').flatMap((e) => ids(e.source_ids)),
		// the sample's own calibration
		...read('sample_targets').flatMap((t) => ids(t.source_ids))
	]);
	return [...out].sort();
}

async function ready(page: import('@playwright/test').Page) {
	await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
	await expect(page.locator('[data-chart="timeline"] path.line').first()).toBeVisible();
	await expect(page.locator('.report-doc svg circle').first()).toBeVisible();
	await page.waitForFunction(
		() =>
			!document.querySelector('.report-doc [aria-busy="true"], .report-doc [data-state="pending"]')
	);
}

test('the printed report has no control, captions in words and only the cited sources', async ({
	page
}) => {
	await page.goto(`/report#spec=${encodeSpecForLink(spec)}`);
	await ready(page);
	await expect(page.getByTestId('block-filters').nth(1)).toHaveText(`Filters: ${WORDS}`);
	const dir = mkdtempSync(join(tmpdir(), 'pa-print-'));
	const pdf = join(dir, 'report.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
	const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
	expect(text).toContain('by Analyst · 27 Nov 2026');
	// No trailing band or blank page: every page of the PDF carries text.
	const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
	for (const [i, p] of pages.entries()) expect(p.trim(), `page ${i + 1}`).not.toBe('');
	expect(text.replace(/\s+/g, ' ')).toContain(`Filters: ${WORDS}`);
	for (const control of [
		'Play',
		'Reset zoom',
		'Scroll or pinch',
		'SVG',
		'PNG',
		'Absolute',
		'Move up',
		'Edit',
		'Copy link',
		'Publish'
	])
		expect(text, control).not.toContain(control);
	const listed = [...text.matchAll(/^\s*\d+\.\s+(S\d+)\s/gm)].map((m) => m[1]!).sort();
	expect(listed).toEqual(expectedSources());
	// Only the cited ones: fewer than the reference list holds.
	expect(listed.length).toBeLessThan(
		csvParse(readFileSync('data/reference/sources.csv', 'utf8')).length
	);
});

test('the in-page Publish zip opens from disk with no request outside it', async ({
	page,
	browser
}) => {
	await page.goto(`/report#spec=${encodeSpecForLink(spec)}`);
	await ready(page);
	const download = page.waitForEvent('download');
	await page.getByTestId('report-publish').click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(
		'pilot-atlas-report-where-the-2020-cohort-stood-2026-11-27.zip'
	);
	await expect(page.getByTestId('report-publish-status')).toContainText('Unzip it');
	const out = mkdtempSync(join(tmpdir(), 'pa-zip-'));
	const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
	expect(
		Object.keys(entries)
			.filter((p) => !p.endsWith('/'))
			.sort()
	).toEqual([
		'pilot-atlas-report-where-the-2020-cohort-stood-2026-11-27/index.html',
		'pilot-atlas-report-where-the-2020-cohort-stood-2026-11-27/report.css'
	]);
	for (const [path, bytes] of Object.entries(entries)) {
		if (path.endsWith('/')) continue;
		mkdirSync(join(out, dirname(path)), { recursive: true });
		writeFileSync(join(out, path), bytes);
	}
	const folder = join(out, 'pilot-atlas-report-where-the-2020-cohort-stood-2026-11-27');
	const reader = await browser.newPage();
	const requests: string[] = [];
	reader.on('request', (r) => requests.push(r.url()));
	await reader.goto(`file://${folder}/index.html`);
	await expect(reader.locator('h1')).toHaveText(spec.title);
	await expect(reader.locator('figure[data-chart="timeline"] svg path.line').first()).toBeVisible();
	await expect(reader.locator('.report-doc svg circle').first()).toBeVisible();
	await expect(reader.getByTestId('block-filters').nth(1)).toHaveText(`Filters: ${WORDS}`);
	await expect(reader.locator('script, button, input, select, textarea')).toHaveCount(0);
	await expect(reader.getByText('not official statistics').first()).toBeVisible();
	expect(requests.filter((u) => !u.startsWith(`file://${folder}/`))).toEqual([]);
	await reader.close();
});

test('a report whose block failed is not published, and the block is named', async ({ page }) => {
	await enableTestHooks(page);
	await page.goto('/report');
	await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
	await page.evaluate(() =>
		(
			window as unknown as {
				__pilotAtlas: { engine: { ready(): Promise<{ query(q: object): Promise<unknown> }> } };
			}
		).__pilotAtlas.engine
			.ready()
			.then((c) => c.query({ sql: 'DROP TABLE violations', params: [] }))
	);
	const broken: ReportSpec = {
		...spec,
		blocks: [
			spec.blocks[1]!,
			{ id: 'c', kind: 'view', view: 'compliance-summary', params: '', show: 'table' }
		]
	};
	const file = join(mkdtempSync(join(tmpdir(), 'pa-broken-')), 'broken.json');
	writeFileSync(file, JSON.stringify(broken));
	await page.getByTestId('report-import').setInputFiles(file);
	await expect(page.locator('[data-block="view"]')).toHaveCount(2);
	await page.getByTestId('report-publish').click();
	const status = page.getByTestId('report-publish-status');
	await expect(status).toHaveAttribute('data-status', 'error');
	await expect(status).toContainText('block 2 (Compliance: the phases compared)');
});

test('/report?lang=zh stays Chinese, whatever language the report is written in', async ({
	page
}) => {
	await page.goto('/timeline?lang=zh');
	await page.getByRole('navigation').getByRole('link', { name: '报告', exact: true }).click();
	await expect(page).toHaveURL(/\/report\?lang=zh/);
	await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
	await expect(page.locator('h1').first()).toHaveText('报告编辑器');
	// A new report starts in the reader's language.
	await expect(page.locator('select[name="lang"]')).toHaveValue('zh');
	await page.locator('select[name="lang"]').selectOption('en');
	await expect(page.getByTestId('report-title')).toHaveText('Untitled report');
	await expect(page.locator('h1').first()).toHaveText('报告编辑器');
	await expect(page.getByTestId('report-lang-note')).toContainText('本报告以英文撰写');
	await expect(page).toHaveURL(/lang=zh/);
	expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
	// A report shared in English opens in a Chinese interface, and stays so after a reload.
	await page.goto('about:blank');
	await page.goto(`/report?lang=zh#spec=${encodeSpecForLink(spec)}`);
	await expect(page.getByTestId('report-title')).toHaveText(spec.title);
	await expect(page.locator('h1').first()).toHaveText('报告编辑器');
	await page.reload();
	await expect(page.locator('h1').first()).toHaveText('报告编辑器');
	expect(await page.evaluate(() => localStorage.getItem('pilot-atlas:lang'))).not.toBe('en');
});

test('a Chinese report published from an English interface is Chinese throughout', async ({
	page
}) => {
	const zh: ReportSpec = { ...spec, title: '2020年批次', lang: 'zh', blocks: [spec.blocks[1]!] };
	await page.goto(`/report#spec=${encodeSpecForLink(zh)}`);
	await expect(page.getByTestId('report-lang-note')).toContainText('wholly in Chinese');
	const download = page.waitForEvent('download');
	await page.getByTestId('report-publish').click();
	const entries = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
	const html = new TextDecoder().decode(
		Object.entries(entries).find(([p]) => p.endsWith('index.html'))![1]
	);
	// The timeline draws the months as a selection, not a filter (as WORDS above).
	expect(html).toContain('筛选：广东·网购保税进口（1210）·进口额');
	expect(html).not.toContain('Import value per month');
	// The reader's page is untouched: still English, and the rendering frame is gone.
	await expect(page.locator('h1').first()).toHaveText('Report builder');
	await expect(page.locator('iframe')).toHaveCount(0);
});
