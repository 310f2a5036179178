import { describe, expect, test } from 'vitest';
import {
	clauses,
	labelled,
	listOf,
	rangeOf,
	separated,
	wordSpace
} from '../../src/lib/i18n/punctuation';
import { noticeMessage } from '../../src/lib/components/filters/notice-text';
import { translate } from '../helpers/translate';
import { chineseTypographyIssues } from '../../src/lib/i18n/typography';

describe('punctuation by language', () => {
	test('labels, lists, clauses, statements and ranges', () => {
		expect(labelled('Hangzhou', '21.5%', 'en')).toBe('Hangzhou: 21.5%');
		expect(labelled('杭州', '21.5%', 'zh')).toBe('杭州：21.5%');
		expect(listOf(['S1', 'S3'], 'zh')).toBe('S1、S3');
		expect(clauses(['食品生鲜', labelled('杭州', '13.6%', 'zh')], 'zh')).toBe(
			'食品生鲜，杭州：13.6%'
		);
		expect(separated(['来源：样本', '样本数据'], 'zh')).toBe('来源：样本；样本数据');
		expect(rangeOf('1亿元', '2亿元', 'zh')).toBe('1亿元至2亿元');
		expect(wordSpace('zh')).toBe('');
		expect(wordSpace('en')).toBe(' ');
	});
});

describe('the bad-link notice', () => {
	const zh = (key: string, params?: Record<string, string | number>) =>
		translate('zh', key, params);
	const en = (key: string, params?: Record<string, string | number>) =>
		translate('en', key, params);

	test('names the parameter in words', () => {
		const n = { param: 'prov', value: '999999', reason: 'bad-value' } as const;
		expect(noticeMessage(n, 'en', en)).toBe('“999999” is not a valid province');
		expect(noticeMessage(n, 'zh', zh)).toBe('“999999”不是有效的省份');
	});

	test('calls a reversed range reversed, with months as months', () => {
		const n = { param: 'from', value: '2022-05', other: '2020-01', reason: 'reversed' } as const;
		expect(noticeMessage(n, 'en', en)).toBe(
			'the month range is reversed: the start month May 2022 is after the end month Jan 2020, so both were ignored'
		);
		expect(noticeMessage(n, 'zh', zh)).toBe(
			'月份范围颠倒：起始月份2022年5月晚于截止月份2020年1月，两者均已忽略'
		);
	});

	test('keeps an unknown parameter’s own name, clipped, and sets Chinese by the rules', () => {
		const n = { param: 'x'.repeat(200), value: '1', reason: 'unknown-param' } as const;
		expect(noticeMessage(n, 'en', en).length).toBeLessThan(120);
		const scale = { param: 'scale', value: 'x', reason: 'unknown-param' } as const;
		expect(noticeMessage(scale, 'zh', zh)).toBe('未知参数“scale”');
		for (const reason of ['bad-value', 'range', 'duplicate'] as const) {
			const msg = noticeMessage({ param: 'to', value: '2031-01', reason }, 'zh', zh);
			expect(chineseTypographyIssues(msg), msg).toEqual([]);
		}
	});
});
