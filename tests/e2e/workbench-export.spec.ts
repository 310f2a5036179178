/**
 * Downloads: the filtered dataset in every format (with its provenance), and a query result.
 * Each file is read back in Node with the same libraries and checked against the on-screen count.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import { parquetMetadata } from 'hyparquet';
import { tableFromIPC } from 'apache-arrow';
import { test, expect } from './fixtures';

const FILTERS = '?ch=9610&from=2025-07&phase=p2018';

async function bytesOf(download: Download): Promise<Uint8Array> {
	return new Uint8Array(readFileSync((await download.path())!));
}

async function exportAll(page: Page, panel: string, format: string, files = 1) {
	const downloads: Download[] = [];
	const listener = (d: Download) => downloads.push(d);
	page.on('download', listener);
	await page.locator(`[data-export="${panel}"] button[data-format="${format}"]`).click();
	await expect.poll(() => downloads.length).toBe(files);
	page.off('download', listener);
	return downloads;
}

test('the filtered dataset downloads in every format, with provenance', async ({ page }) => {
	await page.goto(`/data${FILTERS}`);
	const count = page.getByTestId('browse-count');
	// The prerendered page shows the unfiltered count until the app starts; read the live one.
	await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
	await expect(count).toHaveAttribute('data-value', /^\d+$/);
	const rows = Number(await count.getAttribute('data-value'));
	expect(rows).toBeGreaterThan(0);
	const name = new RegExp(
		`^pilot-atlas_imports_ch-9610_from-2025-07_phase-p2018_d[0-9a-f]{8}_${rows}rows\\.`
	);

	const [csv, sidecar] = await exportAll(page, 'browse', 'csv', 2);
	expect(csv!.suggestedFilename()).toMatch(name);
	expect(sidecar!.suggestedFilename()).toMatch(/\.provenance\.json$/);
	const csvBytes = await bytesOf(csv!);
	expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(new TextDecoder().decode(csvBytes).trim().split('\n')).toHaveLength(rows + 1);
	const p = JSON.parse(new TextDecoder().decode(await bytesOf(sidecar!)));
	expect(p.filters).toEqual({ phase: 'p2018', ch: '9610', from: '2025-07' });
	expect(p.sql).toContain('FROM "imports"');
	expect(p.params).toContain('9610');
	expect(p.notice).toContain('Sample data');
	expect(p.data.sampleVersion).toMatch(/^[0-9a-f]{16}$/);

	const [xlsx] = await exportAll(page, 'browse', 'xlsx');
	expect(xlsx!.suggestedFilename()).toMatch(name);
	const sheets = await readXlsxFile((await bytesOf(xlsx!)).slice().buffer);
	expect(sheets.find((s) => s.sheet === 'data')!.data).toHaveLength(rows + 1);
	const provenanceSheet = sheets.find((s) => s.sheet === 'provenance')!.data;
	const filtersCell = provenanceSheet.find((r) => r[0] === 'filters')![1];
	expect(JSON.parse(String(filtersCell))).toEqual({ phase: 'p2018', ch: '9610', from: '2025-07' });

	const [parquet] = await exportAll(page, 'browse', 'parquet');
	const meta = parquetMetadata((await bytesOf(parquet!)).slice().buffer);
	expect(Number(meta.num_rows)).toBe(rows);
	expect(meta.key_value_metadata?.map((kv) => kv.key)).toContain('pilot_atlas.sql');

	const [arrow] = await exportAll(page, 'browse', 'arrow');
	const table = tableFromIPC(await bytesOf(arrow!));
	expect(table.numRows).toBe(rows);
	expect(table.schema.metadata.get('pilot_atlas.notice')).toContain('Sample data');

	const [json] = await exportAll(page, 'browse', 'json');
	const parsed = JSON.parse(new TextDecoder().decode(await bytesOf(json!)));
	expect(parsed.rows).toHaveLength(rows);
	expect(parsed.rows[0].channel).toBe('9610');
});

test('a query result downloads, named after its SQL, and re-imports', async ({ page }) => {
	await page.goto('/data');
	await expect(page.locator('[data-testid="sql-console"] .editor')).toHaveAttribute(
		'data-ready',
		'true'
	);
	const editor = page.getByTestId('sql-editor');
	await editor.click();
	await editor.fill(
		"SELECT * FROM imports WHERE city_code = '330100' AND month >= DATE '2025-01-01' AND category = 'wine'"
	);
	await page.getByTestId('sql-run').click();
	const result = page.getByTestId('sql-result-count');
	await expect(result).toHaveAttribute('data-value', /^\d+$/);
	const rows = Number(await result.getAttribute('data-value'));
	const [parquet] = await exportAll(page, 'sql', 'parquet');
	expect(parquet!.suggestedFilename()).toMatch(
		new RegExp(`^pilot-atlas_query-[0-9a-f]{8}_all_d[0-9a-f]{8}_${rows}rows\\.parquet$`)
	);
	// Round trip in the browser: the exported file goes back in through the upload.
	await page.getByTestId('upload-input').setInputFiles(await parquet!.path());
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByTestId('good-rows')).toHaveAttribute('data-value', String(rows));
});

test('a chart downloads as SVG and as a 2× PNG, caption and source inside', async ({ page }) => {
	await page.goto('/');
	const chart = page.locator('[data-chart="pilot-count"]');
	await expect(chart.locator('svg path').first()).toBeVisible();
	const width = await chart
		.locator('.body svg')
		.first()
		.evaluate((el) => el.getBoundingClientRect().width);

	await chart.getByTestId('chart-tools').locator('summary').click();
	const svgDownload = page.waitForEvent('download');
	await chart.locator('[data-chart-export="svg"]').click();
	const svg = await svgDownload;
	// The overview's pilot count applies no filter; the name still carries the data version.
	expect(svg.suggestedFilename()).toMatch(/^pilot-atlas_chart-pilot-count_all_d[0-9a-f]{8}\.svg$/);
	const markup = new TextDecoder().decode(await bytesOf(svg));
	const title = (await chart.locator('h2').textContent())!.trim();
	expect(markup).toContain(title.replace(/&/g, '&#38;').replace(/'/g, '&#39;'));
	expect(markup).toContain('Source:');
	expect(markup).toContain('<path');

	const pngDownload = page.waitForEvent('download');
	await chart.locator('[data-chart-export="png"]').click();
	const png = await pngDownload;
	expect(png.suggestedFilename()).toMatch(
		/^pilot-atlas_chart-pilot-count_all_d[0-9a-f]{8}@2x\.png$/
	);
	const bytes = await bytesOf(png);
	expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
	// 2× the chart with its margins: the caption is as wide as the chart, never narrower.
	const pngWidth = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
	const svgWidth = Number(markup.match(/<svg[^>]* width="(\d+)"/)![1]);
	expect(pngWidth).toBe(2 * svgWidth);
	expect(svgWidth).toBeGreaterThanOrEqual(Math.round(width));
});
