import { describe, expect, test } from 'vitest';
import { formatBnYuan, valueKey } from '../../src/lib/components/about/amounts';
import { codeSpans } from '../../src/lib/components/about/code-spans';
import { CATALOGUES } from '../../src/lib/i18n/catalogue';
import { localText, sourceList } from '../../src/lib/reference/localise';
import { referenceCsv } from '../helpers/reference';

describe('the provenance tables', () => {
	test('write amounts as the source gives them in English and in 亿元 / 万亿元 in Chinese', () => {
		expect(formatBnYuan('56.59', 'en')).toBe('56.59');
		expect(formatBnYuan('56.59', 'zh')).toBe('565.9亿元');
		expect(formatBnYuan('91.81', 'zh')).toBe('918.1亿元');
		expect(formatBnYuan('527.8', 'zh')).toBe('5278亿元');
		expect(formatBnYuan('1690', 'zh')).toBe('1.69万亿元');
		expect(formatBnYuan('2380', 'zh')).toBe('2.38万亿元');
		expect(formatBnYuan('', 'zh')).toBe('–');
	});

	test('every enumerated value of the totals and targets has a label in both languages', () => {
		const values = [
			...referenceCsv('national_totals').flatMap((r) => [r.period, r.scope, r.flow, r.status]),
			...referenceCsv('sample_targets').map((r) => r.basis)
		];
		for (const v of new Set(values)) {
			const key = valueKey(v) as keyof typeof CATALOGUES.en;
			expect(CATALOGUES.en[key], v).toBeTruthy();
			expect(CATALOGUES.zh[key], v).toBeTruthy();
		}
	});

	test('every source has a title and a note in both languages, and says whether its Chinese title is official', () => {
		for (const s of referenceCsv('sources')) {
			for (const c of ['title_en', 'title_zh', 'note_en', 'note_zh', 'url']) {
				expect(s[c], `${s.id} ${c}`).toBeTruthy();
			}
			expect(['official', 'translation'], s.id).toContain(s.title_zh_kind);
		}
	});

	test('reference text is picked by language, with English as the fallback', () => {
		const row = { note: 'how', note_zh: '方法', title_en: 'T', title_zh: '' };
		expect(localText(row, 'note', 'zh')).toBe('方法');
		expect(localText(row, 'note', 'en')).toBe('how');
		expect(localText(row, 'title', 'zh')).toBe('T');
		expect(sourceList('S1;S3', 'zh')).toBe('S1、S3');
		expect(sourceList('S1;S3', 'en')).toBe('S1, S3');
		expect(sourceList('', 'en')).toBe('–');
	});

	test('identifiers in descriptions render as code', () => {
		expect(codeSpans('`named`（有来源列名）')).toEqual([
			{ code: true, text: 'named' },
			{ code: false, text: '（有来源列名）' }
		]);
	});
});
