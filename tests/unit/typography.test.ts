/**
 * Chinese typography by rule: every Chinese catalogue entry and every Chinese column of the
 * reference data is scanned for ASCII punctuation next to Chinese characters and for spaces
 * around them; notice numbers appear in one form per language everywhere.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/catalogue';
import { noticeRefs, renderMessage } from '../../src/lib/i18n/render';
import {
	LATIN_ALLOWED,
	chineseTypographyIssues,
	englishWordsIn
} from '../../src/lib/i18n/typography';
import { formatNotice, noticeLikeIn, parseNoticeNumber } from '../../src/lib/format/notice';
import { TABLES } from '../../src/lib/schema';
import { filtersInWords } from '../../src/lib/format/filter-words';
import { DEFAULT_FILTERS } from '../../src/lib/model/filters';
import { referenceCsv } from '../helpers/reference';

const zhCatalogue = Object.entries(CATALOGUES.zh).map(
	([key, text]) => [key, renderMessage('zh', text)] as const
);
const enCatalogue = Object.entries(CATALOGUES.en).map(
	([key, text]) => [key, renderMessage('en', text)] as const
);

const REFERENCE = readdirSync(resolve(import.meta.dirname, '../../data/reference'))
	.filter((f) => f.endsWith('.csv'))
	.map((f) => f.replace(/\.csv$/, ''));

/** Every cell of a reference column whose name ends in _zh (or _en), as [where, text]. */
function referenceCells(suffix: '_zh' | '_en'): (readonly [string, string])[] {
	return REFERENCE.flatMap((name) =>
		referenceCsv(name).flatMap((row, i) =>
			Object.entries(row)
				.filter(([column, value]) => column.endsWith(suffix) && value)
				.map(([column, value]) => [`${name}.csv line ${i + 2} ${column}`, value] as const)
		)
	);
}

describe('the typography rules', () => {
	test('find what PhaseCard used to print', () => {
		const issues = chineseTypographyIssues('37 个地区在数据中; 官方数量 37.');
		expect(issues.map((i) => i.why)).toEqual(
			expect.arrayContaining([
				'ASCII punctuation after Chinese (use ，。；：！？)',
				'space next to Chinese'
			])
		);
		expect(chineseTypographyIssues('（累计 86 个）. 21 个').length).toBeGreaterThan(0);
		expect(chineseTypographyIssues('每月数值(元)')).toHaveLength(1);
	});

	test('accept well-set Chinese', () => {
		for (const clean of [
			'37个地区在数据中；官方数量37。',
			'通知新增50个城市（地区）及海南全岛（累计86个）。',
			'商财发〔2021〕39号',
			'增长率为+16.9%，共1,321个税目。',
			'“{value}”不是有效的省份',
			'CSV、XLSX或Parquet'
		]) {
			expect(chineseTypographyIssues(clean), clean).toEqual([]);
		}
	});

	test('English words in Chinese text, except names of standards and products', () => {
		expect(englishWordsIn('对所有数据表使用DuckDB SQL，代码取自GB/T 2260')).toEqual([]);
		expect(englishWordsIn('来源S16；见data/README.md和english.gov.cn')).toEqual([]);
		expect(englishWordsIn('每月元 per month (bn)')).toEqual(['per', 'month', 'bn']);
	});
});

describe('Chinese catalogue entries', () => {
	test.each(zhCatalogue)('%s is set by the rules', (_key, text) => {
		expect(chineseTypographyIssues(text)).toEqual([]);
	});

	test('use no English words beyond the allowed names', () => {
		const found = zhCatalogue
			.map(([key, text]) => [key, englishWordsIn(text.replace(/\{\w+\}/g, ''))] as const)
			.filter(([, words]) => words.length > 0);
		expect(found).toEqual([]);
	});

	test('cite the same notices as the English entries', () => {
		for (const [key, en] of Object.entries(CATALOGUES.en)) {
			const zh = CATALOGUES.zh[key as keyof typeof CATALOGUES.zh];
			expect(noticeRefs(zh).sort(), key).toEqual(noticeRefs(en).sort());
			for (const ref of noticeRefs(en)) expect(parseNoticeNumber(ref), ref).toBeDefined();
		}
	});
});

describe('Chinese columns of the reference data', () => {
	const cells = referenceCells('_zh');
	test('exist', () => expect(cells.length).toBeGreaterThan(100));
	test.each(cells)('%s is set by the rules', (_where, text) => {
		expect(chineseTypographyIssues(text)).toEqual([]);
	});
});

describe('sentences built from parts', () => {
	test('filters in words (captions, citations, file names) are set by the rules', () => {
		for (const filters of [
			DEFAULT_FILTERS,
			{
				...DEFAULT_FILTERS,
				phases: ['p2020'],
				provinces: ['440000'],
				cities: ['330100', '440300', '310000', '110000'],
				categories: ['beauty', 'infant'],
				channels: ['1210'],
				from: '2021-01',
				to: '2023-12',
				metric: 'orders' as const
			}
		]) {
			const text = filtersInWords(filters, 'zh');
			expect(chineseTypographyIssues(text), text).toEqual([]);
			expect(englishWordsIn(text), text).toEqual([]);
		}
	});
});

describe('the data contract in Chinese', () => {
	const described = TABLES.flatMap((t) => [
		[`${t.name}`, t.description_zh ?? ''] as const,
		...t.columns.map((c) => [`${t.name}.${c.name}`, c.description_zh ?? ''] as const)
	]);
	test.each(described)('%s has a Chinese description set by the rules', (_where, text) => {
		expect(text).not.toBe('');
		// Identifiers are `quoted` and render as code; everything else is Chinese prose.
		expect(chineseTypographyIssues(text.replace(/`[^`]*`/g, 'x'))).toEqual([]);
		expect(englishWordsIn(text.replace(/`[^`]*`/g, ' '), [...LATIN_ALLOWED, 'WGS84'])).toEqual([]);
	});
});

describe('notice numbers have one form per language', () => {
	const texts = {
		en: [...enCatalogue, ...referenceCells('_en')],
		zh: [...zhCatalogue, ...referenceCells('_zh')]
	};
	for (const lang of ['en', 'zh'] as const) {
		test(`${lang}: every notice number is written as the formatter writes it`, () => {
			const bad = texts[lang].flatMap(([where, text]) =>
				noticeLikeIn(text, lang)
					.filter((n) => formatNotice(n, lang) !== n || !parseNoticeNumber(n))
					.map((n) => `${where}: ${n}`)
			);
			expect(bad).toEqual([]);
		});
	}

	test('English text has no Chinese notice numbers, and Chinese text no English ones', () => {
		const wrong = [
			...texts.en.filter(([, t]) => noticeLikeIn(t, 'zh').length > 0),
			...texts.zh.filter(([, t]) => noticeLikeIn(t, 'en').length > 0)
		].map(([where]) => where);
		expect(wrong).toEqual([]);
	});
});
