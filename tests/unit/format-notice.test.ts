import { describe, expect, test } from 'vitest';
import { formatNotice, noticeLikeIn, parseNoticeNumber } from '../../src/lib/format/notice';
import { renderMessage } from '../../src/lib/i18n/render';
import { referenceCsv } from '../helpers/reference';

describe('notice numbers', () => {
	test.each([
		['商财发〔2021〕39号', 'Shang Cai Fa [2021] No. 39'],
		['商财发〔2018〕486号', 'Shang Cai Fa [2018] No. 486'],
		['国函〔2020〕47号', 'Guo Han [2020] No. 47'],
		['财关税〔2018〕49号', 'Cai Guan Shui [2018] No. 49'],
		['海关总署公告2016年第75号', 'GACC Announcement [2016] No. 75']
	])('%s ⇄ %s', (zh, en) => {
		expect(formatNotice(zh, 'en')).toBe(en);
		expect(formatNotice(en, 'zh')).toBe(zh);
		expect(formatNotice(zh, 'zh')).toBe(zh);
		expect(formatNotice(en, 'en')).toBe(en);
		expect(parseNoticeNumber(en)).toEqual(parseNoticeNumber(zh));
	});

	test('non-canonical forms are not accepted, and are found by the consistency scan', () => {
		for (const bad of [
			'商财发[2021]39号',
			'商财发〔2021〕第39号',
			'Shang Cai Fa 2021 No. 39',
			'某某发〔2021〕1号'
		]) {
			expect(parseNoticeNumber(bad), bad).toBeUndefined();
		}
		expect(noticeLikeIn('依据商财发[2021]39号执行', 'zh')).toEqual(['商财发[2021]39号']);
		expect(noticeLikeIn('under Shang Cai Fa 2021 No. 39 and', 'en')).toEqual([
			'Shang Cai Fa 2021 No. 39'
		]);
		// Unknown text is shown as written, never guessed at.
		expect(formatNotice('an unnumbered letter', 'zh')).toBe('an unnumbered letter');
	});

	test('an unnumbered statement has its English form', () => {
		expect(formatNotice('商务部例行新闻发布会（2017年12月7日）', 'en')).toBe(
			'MOFCOM regular press conference, 7 Dec 2017'
		);
	});

	test('catalogue messages cite notices through the formatter', () => {
		const text = '通知（{notice:商财发〔2021〕39号}）于{month}发布';
		expect(renderMessage('zh', text, { month: '2021年3月' })).toBe(
			'通知（商财发〔2021〕39号）于2021年3月发布'
		);
		expect(renderMessage('en', 'The notice ({notice:商财发〔2021〕39号})')).toBe(
			'The notice (Shang Cai Fa [2021] No. 39)'
		);
	});

	test('every phase of the reference data has a notice the formatter can write in English', () => {
		for (const p of referenceCsv('phases')) {
			const en = formatNotice(p.notice_no!, 'en');
			expect(en, p.id).not.toMatch(/\p{Script=Han}/u);
		}
	});
});
