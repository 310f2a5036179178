import { describe, expect, test } from 'vitest';
import { parseMonth, parseNumber, scale } from '../../../src/lib/ingest/values';
import { normaliseHeader, matchColumn } from '../../../src/lib/ingest/synonyms';
import { headerUnit } from '../../../src/lib/ingest/units';

const unitFactor = (h: string) => headerUnit(h)?.factor ?? 1;
import { detectDelimiter } from '../../../src/lib/ingest/delimited';

describe('parseMonth', () => {
	test.each([
		['2021-03', '2021-03-01'],
		['2021/3', '2021-03-01'],
		['2021年3月', '2021-03-01'],
		['2021 年 12 月', '2021-12-01'],
		['202103', '2021-03-01'],
		['2021M03', '2021-03-01'],
		['2021-03-01', '2021-03-01'],
		['２０２１年３月', '2021-03-01'],
		['2021年3月15日', '2021-03-01']
	])('%s → %s', (input, want) => {
		expect(parseMonth(input)).toEqual({ ok: true, value: want });
	});
	test('a spreadsheet date gives its month', () => {
		expect(parseMonth(new Date(Date.UTC(2020, 6, 1)))).toEqual({ ok: true, value: '2020-07-01' });
	});
	test.each([
		['2021-13', 'bad-month'],
		['2021-00', 'bad-month'],
		['March 2021', 'bad-month'],
		['1899-01', 'month-out-of-range'],
		['2150-01', 'month-out-of-range']
	])('%s → %s', (input, code) => {
		expect(parseMonth(input)).toEqual({ ok: false, code });
	});
});

describe('parseNumber', () => {
	test.each([
		['1,234', 1234],
		['1,234,567.5', 1234567.5],
		['１２３', 123],
		['(12)', -12],
		[' 12 ', 12],
		['1e3', 1000]
	])('%s → %d', (input, want) => {
		expect(parseNumber(input)).toEqual({ ok: true, value: want });
	});
	test.each(['1,2', 'abc', '12元', ''])('%s is not a number', (input) => {
		expect(parseNumber(input).ok).toBe(false);
	});
	test('unit factors leave no binary noise', () => {
		expect(scale(1.1, 1e4)).toBe(11000);
		expect(scale(0.07, 1e8)).toBe(7000000);
	});
});

describe('headers', () => {
	test('units in brackets are dropped from the name and read as factors', () => {
		expect(normaliseHeader('进口额（万元）')).toBe('进口额');
		expect(unitFactor('进口额（万元）')).toBe(1e4);
		expect(unitFactor('金额(亿元)')).toBe(1e8);
		expect(unitFactor('value (bn yuan)')).toBe(1e9);
		expect(unitFactor('value_cny')).toBe(1);
	});
	test('Chinese and English names map to contract columns', () => {
		const cols = ['month', 'city_code', 'value_cny'];
		expect(matchColumn('月份', cols)).toBe('month');
		expect(matchColumn('City code', cols)).toBe('city_code');
		expect(matchColumn('城市', cols)).toBe('city_code');
		expect(matchColumn('金额（元）', cols)).toBe('value_cny');
		expect(matchColumn('备注', cols)).toBeNull();
	});
	test('delimiters: semicolons and pipes are found, a title row does not sway it', () => {
		expect(detectDelimiter('title\na;b;c\n1;2;3\n4;5;6')).toBe(';');
		expect(detectDelimiter('a|b|c\n1|2|3')).toBe('|');
		expect(detectDelimiter('a,b\t"x,y"\tz\n1\t2\t3', 'f.tsv')).toBe('\t');
	});
});
