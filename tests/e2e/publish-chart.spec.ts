/**
 * What leaves the app with a chart, tried on a Guangdong, Jan 2021–Dec 2023 timeline: the SVG and
 * PNG say the filters in words (in the interface language), the selected range, the event key,
 * source, sample notice (or "your data" after an upload), data version and address, and are named
 * after the view and its filters; the data behind the chart (CSV, XLSX) equals an independent sum
 * of the raw rows, with provenance; the embed route shows the chart alone and may be framed by any
 * site, the full pages only by this one.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { csvParse } from 'd3';
import readXlsxFile from 'read-excel-file/universal';
import { test, expect, openTable } from './fixtures';
import { loadImportRecords } from '../helpers/independent';
import { referenceCsv } from '../helpers/reference';

const VIEW = '/timeline?prov=440000&from=2021-01&to=2023-12';
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const VERSION = JSON.parse(readFileSync('build/data/manifest.json', 'utf8')).version as string;

const timeline = (page: Page) => page.locator('[data-chart="timeline"]');

async function ready(page: Page) {
	await expect(timeline(page).locator('path.line').first()).toBeVisible();
	await expect(timeline(page)).toHaveAttribute('aria-busy', 'false');
}

/** Clicks a button in the chart's "Download or embed" box; returns the files it saved. */
async function save(chart: Locator, button: string, files = 1): Promise<Download[]> {
	const page = chart.page();
	const tools = chart.getByTestId('chart-tools');
	if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open)))
		await tools.locator('summary').click();
	const got: Download[] = [];
	const listener = (d: Download) => got.push(d);
	page.on('download', listener);
	await tools.locator(button).click();
	await expect.poll(() => got.length).toBe(files);
	page.off('download', listener);
	return got;
}

const bytesOf = async (d: Download) => new Uint8Array(readFileSync((await d.path())!));
const textOf = async (d: Download) => new TextDecoder().decode(await bytesOf(d));

/** The words of an exported SVG: its <text> lines (caption and chart), decoded, space-joined. */
function svgWords(markup: string): string {
	const decode = (s: string) =>
		s
			.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
	return [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!)).join(' ');
}

/** The sample's events as the timeline marks them (the whole sample period). */
function sampleEvents(lang: 'en' | 'zh') {
	return referenceCsv('events')
		.filter((e) => e.date! >= '2016-01-01' && e.date! <= '2025-12-31')
		.map((e) => (lang === 'zh' ? e.label_zh! : e.label_en!));
}

test('the exported SVG and PNG say what the chart shows, and are named after it', async ({
	page
}) => {
	await page.goto(VIEW);
	await ready(page);
	const chart = timeline(page);
	const subtitle = (await chart.getByTestId('chart-subtitle').textContent())!.trim();
	expect(subtitle).toBe('Guangdong · import value');
	await expect(chart.getByTestId('chart-range')).toHaveText('Selected: Jan 2021–Dec 2023');

	const [svg] = await save(chart, '[data-chart-export="svg"]');
	const name = `pilot-atlas_chart-timeline_prov-440000_from-2021-01_to-2023-12_d${VERSION.slice(0, 8)}`;
	expect(svg!.suggestedFilename()).toBe(`${name}.svg`);
	const markup = await textOf(svg!);
	const words = svgWords(markup);
	const title = (await chart.locator('h2').textContent())!.trim();
	for (const want of [
		title,
		subtitle,
		'Selected: Jan 2021–Dec 2023',
		'Events',
		'Source: imports table; events from the notices',
		'Sample data: modelled, not official',
		`data version ${VERSION}`
	])
		expect(words, want).toContain(want);
	// Every numbered marker has its key entry: ① … with the event's own label.
	const events = sampleEvents('en');
	expect(events.length).toBeGreaterThan(5);
	events.forEach((label, i) =>
		expect(words, label).toContain(`${String.fromCodePoint(0x2460 + i)} `)
	);
	for (const label of events) expect(words.replace(/\s+/g, ' '), label).toContain(label);
	// Every shaded joining band is keyed too: the words its tooltip on the page gives.
	const bands = await chart.locator('svg rect.band title, svg .band title').allTextContents();
	expect(bands.length).toBeGreaterThan(0);
	expect(words).toContain('Shaded');
	for (const label of bands) expect(words.replace(/\s+/g, ' '), label).toContain(label.trim());
	// The address, wrapped over lines in the image, is the view with its state.
	const address = words.match(/http:\/\/127\.0\.0\.1:\d+\/timeline\?\S+/)?.[0] ?? '';
	expect(new URL(address).searchParams.get('prov')).toBe('440000');
	expect(new URL(address).searchParams.get('from')).toBe('2021-01');
	// The brushed range is drawn, in the colour its caption key shows; nothing interactive is left.
	const fill = await chart.locator('.brush .selection').evaluate((el) => getComputedStyle(el).fill);
	expect(markup).toContain(`fill:${fill};fill-opacity:0.18`);
	expect(markup).toMatch(new RegExp(`<rect [^>]*fill="${fill.replace(/[()]/g, '\\$&')}"`));
	expect(markup).not.toMatch(/tabindex=|aria-valuetext=|cursor=/);

	const [png] = await save(chart, '[data-chart-export="png"]');
	expect(png!.suggestedFilename()).toBe(`${name}@2x.png`);
	const bytes = await bytesOf(png!);
	expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	const size = markup.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!;
	expect(view.getUint32(16)).toBe(2 * Number(size[1]));
	expect(view.getUint32(20)).toBe(2 * Number(size[2]));
});

test('in Chinese, the exported image says it all in Chinese', async ({ page }) => {
	await page.goto(`${VIEW}&lang=zh`);
	await ready(page);
	const chart = timeline(page);
	const subtitle = (await chart.getByTestId('chart-subtitle').textContent())!.trim();
	expect(subtitle).toContain('广东');
	const range = (await chart.getByTestId('chart-range').textContent())!.trim();
	expect(range).toBe('选定时段：2021年1月–2023年12月');
	const [svg] = await save(chart, '[data-chart-export="svg"]');
	const markup = await textOf(svg!);
	expect(markup).toContain('xml:lang="zh-Hans"');
	const words = svgWords(markup);
	for (const want of [subtitle, range, '事件', '来源：', '样本数据：模型生成，非官方统计'])
		expect(words, want).toContain(want);
	for (const label of sampleEvents('zh')) expect(words.replace(/\s+/g, ''), label).toContain(label);
	expect(words).not.toContain('Sample data');
});

test('the data behind the chart, as CSV and XLSX, is the displayed series with provenance', async ({
	page
}) => {
	const { records, cohortOf } = await loadImportRecords();
	const want = new Map<string, number>();
	for (const r of records) {
		const cohort = cohortOf.get(r.code);
		if (!cohort || !r.code.startsWith('44')) continue;
		const key = `${cohort}|${r.month}`;
		want.set(key, (want.get(key) ?? 0) + r.value);
	}

	await page.goto(VIEW);
	await ready(page);
	const chart = timeline(page);
	await openTable(page, 'timeline');
	// The twin's columns: header text → cohort id, in order.
	const heads = await chart.locator('[data-testid="timeline-table"] thead th').allTextContents();
	const cohorts = await chart
		.locator('[data-testid="timeline-table"] tbody tr')
		.first()
		.locator('td[data-cohort]')
		.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cohort')!));
	expect(cohorts.length).toBeGreaterThan(0);
	const close = (got: number, expected: number, what: string) =>
		expect(Math.abs(got - expected), what).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));

	const [csv, meta] = await save(chart, '[data-chart-data="csv"]', 2);
	expect(csv!.suggestedFilename()).toMatch(/^pilot-atlas_chart-timeline_prov-440000_.*\.csv$/);
	const rows = csvParse(await textOf(csv!));
	expect(rows.columns.map((c) => c.trim())).toEqual(heads.map((h) => h.trim()));
	expect(rows.length).toBe(120);
	let checked = 0;
	for (const row of rows) {
		const month = row[rows.columns[0]!]!;
		expect(month).toMatch(/^\d{4}-\d{2}$/);
		cohorts.forEach((cohort, i) => {
			const cell = row[rows.columns[i + 1]!]!;
			const expected = want.get(`${cohort}|${month}`) ?? 0;
			if (cell === '') expect(expected, `${cohort} ${month}`).toBe(0);
			else close(Number(cell), expected, `${cohort} ${month}`);
			checked++;
		});
	}
	expect(checked).toBe(120 * cohorts.length);
	const provenance = JSON.parse(await textOf(meta!));
	expect(provenance.filters).toEqual({ prov: '440000' });
	expect(provenance.filtersNamed).toContainEqual(
		expect.objectContaining({
			param: 'prov',
			values: [{ code: '440000', name_en: 'Guangdong', name_zh: '广东' }]
		})
	);
	expect(provenance.chart.selected_range).toBe('Jan 2021–Dec 2023');
	expect(provenance.chart.filters_in_words).toBe('Guangdong · import value');
	expect(provenance.chart.events).toHaveLength(sampleEvents('en').length);
	expect(provenance.notice).toMatch(/^Sample data/);
	expect(provenance.data.sampleVersion).toBe(VERSION);

	const [xlsx] = await save(chart, '[data-chart-data="xlsx"]');
	const sheets = await readXlsxFile((await bytesOf(xlsx!)).slice().buffer);
	const data = sheets[0]!.data as unknown[][];
	expect(data[0]!.map((h) => String(h).trim())).toEqual(heads.map((h) => h.trim()));
	const at = data.findIndex((r) => r[0] === '2022-06');
	cohorts.forEach((cohort, i) =>
		close(Number(data[at]![i + 1] ?? 0), want.get(`${cohort}|2022-06`) ?? 0, cohort)
	);
	const sheetText = JSON.stringify(sheets.slice(1).map((s) => s.data));
	expect(sheetText).toContain('Guangdong');
	expect(sheetText).toContain(VERSION);
});

test('after an upload the image says "your data" and carries the upload as its version', async ({
	page
}) => {
	// As data-status.spec.ts: reach the data page from a hydrated page, so the upload is wired
	// (unfiltered: the analyst's small file has no Guangdong rows).
	await page.goto('/timeline');
	await ready(page);
	await page.getByRole('link', { name: 'Data', exact: true }).click();
	await expect(page.getByTestId('browse-count')).toHaveAttribute('data-value', /^\d+$/);
	await page
		.getByTestId('upload-input')
		.setInputFiles(join(FIXTURES, 'good-inputs/imports-en.csv'));
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByTestId('load').click();
	await expect(page.getByTestId('active-dataset')).toHaveAttribute('data-kind', 'own');
	await page.getByRole('link', { name: 'Timeline' }).click();
	await ready(page);
	const [svg] = await save(timeline(page), '[data-chart-export="svg"]');
	const words = svgWords(await textOf(svg!));
	expect(words).toContain('Your data, loaded in this browser');
	expect(words).not.toContain('Sample data');
	expect(words).not.toContain(`data version ${VERSION}`);
	expect(words).toMatch(/data version [0-9a-f]{12,}/);
});

test('the embed shows the chart alone, framed by any site; full pages only by this one', async ({
	page
}) => {
	const embedUrl = `/embed/timeline?prov=440000&from=2021-01&to=2023-12`;
	const embed = await page.request.get(embedUrl);
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	const full = await page.request.get('/timeline');
	expect(full.headers()['content-security-policy']).toBe("frame-ancestors 'self'");

	// The embed code from the chart's own tools, pasted into a plain page of another origin.
	await page.goto(VIEW);
	await ready(page);
	const chart = timeline(page);
	await chart.getByTestId('chart-tools').locator('summary').click();
	const code = await chart.getByTestId('embed-code').locator('textarea').inputValue();
	const src = code.match(/src="([^"]+)"/)![1]!.replace(/&#38;/g, '&');
	expect(new URL(src).pathname).toBe('/embed/timeline');
	expect(new URL(src).searchParams.get('prov')).toBe('440000');

	// Another site, served by the test on its own port (a routed page would count as a public
	// site framing a local one, which Chromium refuses for reasons of its own): the embed code,
	// and for contrast a frame of the full page.
	const blog = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html;charset=utf-8' });
		res.end(
			`<!doctype html><h1>An analyst's blog</h1>${code}<iframe id="full" src="${new URL('/timeline', src)}"></iframe>`
		);
	});
	await new Promise<void>((done) => blog.listen(0, '127.0.0.1', done));
	const host = await page.context().newPage();
	await host.goto(`http://localhost:${(blog.address() as AddressInfo).port}/`);
	const frame = host.frameLocator('iframe[data-pilot-atlas-embed]');
	await expect(frame.locator('[data-chart="timeline"] path.line').first()).toBeVisible();
	await expect(frame.locator('figure[data-chart]')).toHaveCount(1);
	await expect(frame.locator('nav, [data-testid="filter-bar"]')).toHaveCount(0);
	await expect(frame.getByTestId('chart-subtitle')).toHaveText('Guangdong · import value');
	const back = new URL((await frame.getByTestId('embed-full').getAttribute('href'))!);
	expect(back.pathname).toBe('/timeline');
	expect(back.searchParams.get('prov')).toBe('440000');
	// Its table holds the same figure an independent sum gives.
	const { records, cohortOf } = await loadImportRecords();
	await openTable(frame, 'timeline');
	const cell = frame.locator(
		'[data-testid="timeline-table"] tr[data-month="2022-06"] td[data-cohort]'
	);
	const first = cell.first();
	const cohort = (await first.getAttribute('data-cohort'))!;
	const expected = records
		.filter(
			(r) => r.code.startsWith('44') && cohortOf.get(r.code) === cohort && r.month === '2022-06'
		)
		.reduce((s, r) => s + r.value, 0);
	expect(Number(await first.getAttribute('data-value'))).toBeCloseTo(expected, 2);
	// The full page refuses another site's frame: the browser shows its error page instead.
	await expect
		.poll(() => host.frames().map((f) => f.url()))
		.toContain('chrome-error://chromewebdata/');
	await host.close();
	blog.close();
});

test('an embed with unknown or hostile parameters shows the chart and the page notice', async ({
	page
}) => {
	await page.goto('/embed/timeline?prov=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phase=zzz&x=1');
	await expect(timeline(page).locator('path.line').first()).toBeVisible();
	await expect(page.getByTestId('url-notice')).toBeVisible();
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
	const missing = await page.goto('/embed/not-a-view');
	expect(missing!.status()).toBe(404);
	await expect(page.locator('body')).toContainText('not-a-view');
});

test('every chart and table on every analysis page offers its image and the data behind it', async ({
	page
}) => {
	for (const path of ['/', '/timeline', '/categories', '/compliance', '/map', '/city/330100']) {
		await page.goto(path);
		const figures = page.locator('figure[data-chart]');
		await expect(figures.first()).toBeVisible();
		await page.waitForFunction(
			() => !document.querySelector('figure[data-chart][aria-busy="true"]'),
			undefined,
			{ timeout: 30_000 }
		);
		const names = await figures.evaluateAll((els) =>
			els.map((el) => ({
				name: el.getAttribute('data-chart'),
				data: el.querySelectorAll('[data-chart-data]').length,
				// A text answer offers the estimates behind it through its own download instead.
				own: el.querySelector('[data-own-export]') !== null,
				image: el.querySelectorAll('[data-chart-export]').length,
				drawn: el.querySelector('.body svg') !== null
			}))
		);
		expect(names.length, path).toBeGreaterThan(0);
		for (const n of names) {
			if (!n.own) expect(n.data, `${path} ${n.name}: the data behind it`).toBe(5);
			if (n.drawn) expect(n.image, `${path} ${n.name}: its image`).toBe(2);
		}
	}
});

test('the data behind a chart that had a hand-written table equals its twin', async ({ page }) => {
	await page.goto('/categories?phase=p2018&ch=1210&from=2020-01&to=2020-12');
	const chart = page.locator('[data-chart="category-mix"]');
	await openTable(page, 'category-mix');
	const table = chart.getByTestId('category-mix-table');
	await expect(table.locator('tbody tr')).toHaveCount(10);
	const shown = await table.locator('td[data-value]').evaluateAll((tds) =>
		tds.map((td) => ({
			category: td.closest('tr')!.querySelector('td')!.textContent!.trim(),
			column: (td as HTMLTableCellElement).cellIndex,
			value: Number(td.getAttribute('data-value'))
		}))
	);
	const [csv] = await save(chart, '[data-chart-data="csv"]', 2);
	expect(csv!.suggestedFilename()).toMatch(
		/^pilot-atlas_chart-category-mix_ch-1210_from-2020-01_phase-p2018_to-2020-12_d[0-9a-f]{8}_10rows\.csv$/
	);
	const rows = csvParse(await textOf(csv!));
	expect(rows).toHaveLength(10);
	for (const s of shown) {
		const row = rows.find((r) => r[rows.columns[0]!] === s.category)!;
		expect(Number(row[rows.columns[s.column]!]), `${s.category} ${s.column}`).toBeCloseTo(
			s.value,
			12
		);
	}
});
