import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { initParquetWasm } from '../../../src/lib/export/parquet-writer';
import { csvParse } from 'd3';
import { Float64, tableFromIPC, vectorFromArray } from 'apache-arrow';
import { chartDataFiles, twinColumns, twinToIpc } from '../../../src/lib/charts/export/chart-data';
import { numberColumn, type TableSpec } from '../../../src/lib/charts/table/columns';
import type { ResolvedContext } from '../../../src/lib/charts/shell/context';

interface Row {
	month: string;
	c37: number | null;
	c86: number;
}
const rows: Row[] = [
	{ month: '2021-01', c37: 1234.5, c86: 10 },
	{ month: '2021-02', c37: null, c86: 20 },
	{ month: '=HYPERLINK("x")', c37: 3, c86: 30 }
];
const spec: TableSpec<Row> = {
	rows,
	key: (r) => r.month,
	caption: 'Import value by month',
	columns: [
		{ id: 'month', header: 'Month', value: (r) => r.month, format: (m) => `Month ${m}` },
		numberColumn(rows, {
			id: 'c37',
			header: '37-city',
			value: (r) => r.c37,
			kind: 'cny',
			locale: 'en'
		}),
		numberColumn(rows, {
			id: 'c86',
			header: '37-city',
			value: (r) => r.c86,
			kind: 'cny',
			locale: 'en'
		})
	]
};
const context: ResolvedContext = {
	title: 'Import value per month, by cohort',
	subtitle: 'Guangdong · Jan 2021–Dec 2023 · import value',
	units: 'CNY per month',
	source: 'imports table',
	tables: ['imports'],
	events: [{ n: 1, date: 'Jan 2016', label: 'First pilot' }],
	range: 'Jan 2021–Dec 2023',
	lang: 'en',
	status: [{ table: 'imports', own: false }],
	statusLine: 'Sample data: modelled, not official',
	filterParams: { from: '2021-01', prov: '440000', to: '2023-12' },
	selectionParams: {},
	version: 'abcdef123456',
	url: 'http://127.0.0.1/timeline?prov=440000'
};
const data = { sampleVersion: 'abcdef123456', uploads: [], sampleInUse: true };

beforeAll(async () => {
	const require = createRequire(import.meta.url);
	await initParquetWasm(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
});

describe('the data behind a chart', () => {
	test('is the twin: its columns in order, raw values, headers made unique', () => {
		const cols = twinColumns(spec);
		expect(cols.map((c) => c.name)).toEqual(['Month', '37-city', '37-city (c86)']);
		expect(cols[0]!.values).toEqual(['2021-01', '2021-02', '=HYPERLINK("x")']);
		expect(cols[1]!.values).toEqual([1234.5, null, 3]);
	});

	test('as Arrow: numbers as doubles with their gaps, text as text, the columns kept in order', () => {
		const table = tableFromIPC(twinToIpc(spec));
		expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
			['Month', 'Utf8'],
			['37-city', 'Float64'],
			['37-city (c86)', 'Float64']
		]);
		expect(table.getChildAt(1)!.toArray().length).toBe(3);
		expect(table.getChildAt(1)!.get(1)).toBeNull();
		expect(table.numRows).toBe(3);
	});

	test("compiles no code from strings (the site's CSP forbids it; Arrow's builders do)", () => {
		const original = globalThis.Function;
		const refuse = () => {
			throw new EvalError('code from a string');
		};
		globalThis.Function = new Proxy(original, { construct: refuse, apply: refuse });
		try {
			// The check can fail: Arrow's own builder trips it.
			expect(() => vectorFromArray([1, null], new Float64())).toThrow(EvalError);
			const table = tableFromIPC(twinToIpc(spec));
			expect(table.numRows).toBe(3);
			expect(table.getChildAt(0)!.get(2)).toBe('=HYPERLINK("x")');
		} finally {
			globalThis.Function = original;
		}
	});

	test('columns named like numbers keep their place (no object-key reordering)', () => {
		const years: TableSpec<{ y: number }> = {
			rows: [{ y: 1 }],
			key: () => 'k',
			columns: [
				{ id: 'name', header: 'Name', value: () => 'a' },
				{ id: '2021', header: '2021', value: (r) => r.y }
			]
		};
		expect(tableFromIPC(twinToIpc(years)).schema.fields.map((f) => f.name)).toEqual([
			'Name',
			'2021'
		]);
	});

	test('CSV: the twin cell for cell, file named after the view and its filters, provenance beside it', async () => {
		const files = await chartDataFiles({
			format: 'csv',
			name: 'timeline',
			context,
			tables: [spec as TableSpec<unknown>],
			data,
			exportedAt: new Date('2026-12-01T00:00:00Z')
		});
		expect(files.map((f) => f.name)).toEqual([
			'pilot-atlas_chart-timeline_from-2021-01_prov-440000_to-2023-12_dabcdef12_3rows.csv',
			'pilot-atlas_chart-timeline_from-2021-01_prov-440000_to-2023-12_dabcdef12_3rows.provenance.json'
		]);
		const text = new TextDecoder().decode(files[0]!.bytes).replace(/^\uFEFF/, '');
		const parsed = csvParse(text);
		expect(parsed.columns).toEqual(['Month', '37-city', '37-city (c86)']);
		expect(parsed.map((r) => Number(r['37-city (c86)']))).toEqual([10, 20, 30]);
		expect(parsed[1]!['37-city']).toBe('');
		// A text cell that a spreadsheet would run as a formula is defused, as in every export.
		expect(parsed[2]!.Month).toBe(`'=HYPERLINK("x")`);
		const p = JSON.parse(new TextDecoder().decode(files[1]!.bytes));
		expect(p.filters).toEqual(context.filterParams);
		expect(p.contents).toContain('Guangdong · Jan 2021–Dec 2023');
		expect(p.chart).toMatchObject({
			view: 'timeline',
			filters_in_words: context.subtitle,
			units: 'CNY per month',
			events: ['1. Jan 2016: First pilot'],
			selected_range: 'Jan 2021–Dec 2023',
			url: context.url
		});
		expect(p.notice).toMatch(/^Sample data/);
		expect(p.filtersNamed.find((f: { param: string }) => f.param === 'prov').values).toEqual([
			{ code: '440000', name_en: 'Guangdong', name_zh: '广东' }
		]);
		expect(p.tables).toEqual([]);
	});

	test('every format the workbench writes, the chart described in each', async () => {
		for (const format of ['xlsx', 'parquet', 'arrow', 'json'] as const) {
			const files = await chartDataFiles({
				format,
				name: 'timeline',
				context,
				tables: [spec as TableSpec<unknown>],
				data,
				exportedAt: new Date('2026-12-01T00:00:00Z')
			});
			expect(files).toHaveLength(1);
			expect(files[0]!.name.endsWith(`.${format}`)).toBe(true);
			expect(files[0]!.bytes.length).toBeGreaterThan(100);
		}
		const [arrow] = await chartDataFiles({
			format: 'arrow',
			name: 'timeline',
			context,
			tables: [spec as TableSpec<unknown>],
			data,
			exportedAt: new Date()
		});
		const meta = tableFromIPC(arrow!.bytes).schema.metadata;
		expect(JSON.parse(meta.get('pilot_atlas.chart')!).filters_in_words).toBe(context.subtitle);
	});

	test('a table view with two tables gives one file per table', async () => {
		const files = await chartDataFiles({
			format: 'json',
			name: 'period-summary',
			context,
			tables: [spec as TableSpec<unknown>, spec as TableSpec<unknown>],
			data,
			exportedAt: new Date()
		});
		expect(files.map((f) => f.name.split('_')[1])).toEqual([
			'chart-period-summary-1',
			'chart-period-summary-2'
		]);
	});
});
