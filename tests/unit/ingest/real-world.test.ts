/**
 * Real-world-shaped files load at their own grain with the right totals. Each expected total is
 * computed independently: DuckDB's own CSV reader and arithmetic over the same file (never our
 * parser), or the generator's own arithmetic for the generated workbooks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDb, type TestDb } from '../../helpers/duckdb';
import { ingestReference } from '../../helpers/ingest-reference';
import { readGrid } from '../../../src/lib/ingest/readers';
import { check, propose } from '../../../src/lib/ingest/pipeline';
import { BUNDLED_NATIONAL_SCALE } from '../../../src/lib/ingest/bundled-reference';
import { makeXlsx } from '../../fixtures/make-xlsx';

const reference = ingestReference();
const dir = resolve(import.meta.dirname, '../../fixtures/real-world');
const bytes = (file: string) => new Uint8Array(readFileSync(resolve(dir, file)));

async function load(
	file: string,
	data: Uint8Array = bytes(file),
	tweak?: (m: Record<string, unknown>) => void
) {
	const read = await readGrid(file, data);
	const proposal = propose(read);
	const mapping = { ...proposal.mapping } as Record<string, never>;
	tweak?.(mapping);
	return { read, proposal, v: check(read, proposal, mapping, reference, BUNDLED_NATIONAL_SCALE) };
}

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

/** One number from DuckDB over a fixture file read by DuckDB's own CSV reader. */
function duck(file: string, expression: string, options = ''): number {
	db.db.registerFileText(file, readFileSync(resolve(dir, file), 'utf8'));
	const [row] = db.rows<{ x: number }>(
		`SELECT (${expression})::DOUBLE AS x FROM read_csv('${file}'${options})`
	);
	return row!.x;
}

describe('province-level annual totals (亿元 and 万单 in the headers, a 合计 row)', () => {
	test('loads by province, annual, with the totals DuckDB computes', async () => {
		const { v, proposal } = await load('province-annual.csv');
		expect(proposal.spec.name).toBe('imports');
		expect(proposal.mapping.value_cny).toMatchObject({ factor: 1e8, unitSource: 'header' });
		expect(proposal.mapping.orders).toMatchObject({ factor: 1e4 });
		expect(v.grain).toEqual({
			place: 'province',
			time: 'year',
			breakdowns: { category: 'unknown', channel: 'unknown' }
		});
		expect(v.goodRows).toBe(12);
		const value = duck(
			'province-annual.csv',
			`sum("进口额（亿元）") FILTER (WHERE 省份 <> '合计') * 1e8`
		);
		expect(v.sums.value_cny).toBeCloseTo(value, 0);
		expect(v.columns.city_code).toContain('440000');
		expect(v.columns.city_code).toContain('540000');
		expect(v.columns.month).toContain('2022-01-01');
	});

	test('the 合计 row is reported at its file line, not summed in', async () => {
		const { v } = await load('province-annual.csv');
		expect(v.problems).toContainEqual(
			expect.objectContaining({ row: 14, column: 'city_code', code: 'total-row' })
		);
	});
});

describe('city-month totals without category or channel', () => {
	test('loads at city × month; the missing breakdowns can be set to "all"', async () => {
		const { v } = await load('city-month-totals.csv', undefined, (m) => {
			m.category = { source: null, factor: 1, fixed: 'all' } as never;
			m.channel = { source: null, factor: 1, fixed: 'all' } as never;
		});
		expect(v.problems).toEqual([]);
		expect(v.grain).toEqual({
			place: 'city',
			time: 'month',
			breakdowns: { category: 'all', channel: 'all' }
		});
		expect(v.goodRows).toBe(60);
		expect(v.sums.value_cny).toBeCloseTo(duck('city-month-totals.csv', 'sum("value (yuan)")'), 2);
		expect(v.sums.orders).toBe(duck('city-month-totals.csv', 'sum(orders)'));
		expect(new Set(v.columns.city_code)).toEqual(
			new Set(['330100', '440100', '330200', '310000', '440300'])
		);
	});

	test('left unknown, the breakdowns say so', async () => {
		const { v } = await load('city-month-totals.csv');
		expect(v.grain.breakdowns).toEqual({ category: 'unknown', channel: 'unknown' });
		expect(v.columns.category!.every((c) => c === 'unknown')).toBe(true);
	});
});

describe('万元 only in a title row, quarterly, channels by name', () => {
	test('the title row sets the unit of the value column', async () => {
		const { v, proposal } = await load('wanyuan-title-quarterly.csv');
		expect(proposal.header.titles).toContain('单位：万元');
		expect(proposal.mapping.value_cny).toMatchObject({ factor: 1e4, unitSource: 'title' });
		expect(proposal.mapping.orders).toMatchObject({ factor: 1 });
		expect(v.problems).toEqual([]);
		expect(v.grain.time).toBe('quarter');
		expect(new Set(v.columns.channel)).toEqual(new Set(['1210', '9610']));
		expect(new Set(v.columns.month)).toEqual(
			new Set(['2022-01-01', '2022-04-01', '2022-07-01', '2022-10-01'])
		);
		const value = duck(
			'wanyuan-title-quarterly.csv',
			'sum(TRY_CAST(column5 AS DOUBLE)) * 1e4',
			', skip=3, header=false, null_padding=true, all_varchar=true'
		);
		expect(v.sums.value_cny).toBeCloseTo(value, 2);
		expect(v.example).toMatchObject({
			row: 4,
			read: { value_cny: '21.5000' },
			converted: { value_cny: 215000 }
		});
	});
});

describe('units in cells and channel names', () => {
	test('1591.76万, ¥15,917,600.00, 1.2亿 and 650,000元 each convert by their own unit', async () => {
		const { v } = await load('units-in-cells.csv', undefined, (m) => {
			m.category = { source: null, factor: 1, fixed: 'all' } as never;
		});
		expect(v.problems).toEqual([]);
		expect(v.columns.value_cny).toEqual([15_917_600, 15_917_600, 120_000_000, 650_000]);
		expect(v.columns.channel).toEqual(['1210', '9610', '1210', '9610']);
		expect(v.cellUnits.value_cny).toEqual({ 万: 1, '¥': 1, 亿: 1, 元: 1 });
	});
});

describe('what the load would refuse, the check refuses first', () => {
	test('orders above 2^31 name file line 3; a province among cities is a mixed-grain row', async () => {
		const { v } = await load('orders-overflow-and-province-row.csv');
		expect(v.problems).toContainEqual(
			expect.objectContaining({ row: 3, column: 'orders', code: 'out-of-range' })
		);
		expect(v.problems).toContainEqual(
			expect.objectContaining({ row: 4, column: 'city_code', code: 'mixed-grain' })
		);
		expect(v.goodRows).toBe(2);
		expect(v.grain.place).toBe('city');
	});

	test('a value 10,000× too small (万元 read as 元) is flagged before loading', async () => {
		const { v } = await load('wanyuan-title-quarterly.csv', undefined, (m) => {
			m.value_cny = { source: 5, factor: 1 } as never;
		});
		expect(v.warnings.map((w) => w.code)).toContain('implausible-order-value');
	});

	test('a value 1,000× too large is flagged against the national total', async () => {
		const { v } = await load('province-annual.csv', undefined, (m) => {
			m.value_cny = { source: 2, factor: 1e11 } as never;
		});
		expect(v.warnings).toContainEqual(
			expect.objectContaining({ code: 'above-national', year: '2021' })
		);
	});
});

describe('workbooks', () => {
	const HEADER = ['month', 'city_code', 'category', 'channel', 'orders', 'value_cny'];
	const CATEGORIES = reference.categories.map((c) => c.code);

	test('a two-sheet workbook with notes first: the data sheet is found and named', async () => {
		const xlsx = makeXlsx([
			{ name: '说明', rows: [['本表为样例。'], ['数据来源：海关']] },
			{
				name: '数据',
				rows: [
					HEADER,
					[new Date(Date.UTC(2021, 0, 1)), '杭州', '美妆', '网购保税进口', 100, 2600],
					[new Date(Date.UTC(2021, 1, 1)), '杭州', '美妆', '网购保税进口', 120, 3120]
				]
			}
		]);
		const { read, v } = await load('book.xlsx', xlsx);
		expect(read.sheet).toBe('数据');
		expect(read.sheets).toEqual([
			{ name: '说明', rows: 2 },
			{ name: '数据', rows: 3 }
		]);
		expect(v.problems).toEqual([]);
		expect(v.columns.month).toEqual(['2021-01-01', '2021-02-01']);
		expect(v.sums.value_cny).toBe(5720);
	});

	test('a 100,000-row workbook reads in full with the generator’s totals', async () => {
		const n = 100_000;
		const cities = reference.cities.slice(0, 50).map((c) => c.code);
		let value = 0;
		let orders = 0;
		const row = (i: number) => {
			const o = (i * 7) % 1000;
			const v = o * 213.5;
			value += v;
			orders += o;
			// 100,000 distinct keys: 100 months × 50 cities × 10 categories × 2 channels
			const month = new Date(Date.UTC(2016 + Math.floor(i / 12_000), Math.floor(i / 1000) % 12, 1));
			const cat = CATEGORIES[Math.floor(i / 2) % 10]!;
			const city = cities[Math.floor(i / 20) % 50]!;
			return [month, city, cat, ['1210', '9610'][i % 2]!, o, v, `${(i % 10) + 1}`];
		};
		const xlsx = makeXlsx([
			{
				name: 'data',
				rows: { count: n + 1, row: (i) => (i === 0 ? [...HEADER, 'note'] : row(i - 1)) }
			}
		]);
		const { read, v } = await load('big.xlsx', xlsx);
		expect(read.grid.length).toBe(n + 1);
		expect(v.badRows).toBe(0);
		expect(v.goodRows).toBe(n);
		expect(v.sums.orders).toBe(orders);
		expect(v.sums.value_cny).toBeCloseTo(value, 0);
	}, 120_000);

	test('a truncated workbook says what failed, not “damaged”', async () => {
		const xlsx = makeXlsx([{ name: 'data', rows: [HEADER] }]);
		const error = await readGrid('cut.xlsx', xlsx.subarray(0, xlsx.length - 30)).catch((e) => e);
		expect(error.code).toBe('xlsx-not-zip');
	});
});
