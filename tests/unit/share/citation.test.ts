import { describe, expect, test } from 'vitest';
import { bibtexCitation, bibtexEscape, plainCitation } from '../../../src/lib/format/citation';

const base = {
	lang: 'en' as const,
	view: 'Import volume as the pilot expanded',
	words: 'Guangdong · Jan 2021–Dec 2023 · bonded 1210 · import value',
	url: 'https://atlas.example/timeline?prov=440000&from=2021-01',
	version: '2181b459204f43c0',
	tables: [{ name: 'imports' as const, own: false }],
	accessed: '2026-11-27'
};

describe('citations', () => {
	test('plain text names the view, the filters, the version, the status, the link and the date', () => {
		expect(plainCitation(base)).toBe(
			'Pilot Atlas (2026). “Import volume as the pilot expanded”, Guangdong · Jan 2021–Dec 2023 · bonded 1210 · import value. Data version 2181b459204f43c0; imports: sample data (modelled, not official statistics). https://atlas.example/timeline?prov=440000&from=2021-01 (accessed 27 Nov 2026).'
		);
	});

	test('in Chinese, with full-width punctuation, and "your data" per table', () => {
		const text = plainCitation({
			...base,
			lang: 'zh',
			view: '进口规模',
			words: '广东',
			tables: [
				{ name: 'violations', own: true },
				{ name: 'imports', own: false }
			]
		});
		expect(text).toBe(
			'试点图谱（2026）。《进口规模》——广东。数据版本2181b459204f43c0；违规表：您的数据；进口表：样本数据（模型生成，非官方统计）。https://atlas.example/timeline?prov=440000&from=2021-01（访问日期2026年11月27日）。'
		);
	});

	test('before the manifest has loaded the version says so', () => {
		expect(plainCitation({ ...base, version: null })).toContain('Data version not yet loaded');
	});

	test('BibTeX is a @misc entry with the same facts, specials escaped', () => {
		const entry = bibtexCitation({ ...base, view: 'Shares & 100% {stacked}', words: '' });
		expect(entry).toContain('@misc{pilotatlas-shares-100-stacked-2026-11-27,');
		expect(entry).toContain('title = {Shares \\& 100\\% \\{stacked\\}},');
		expect(entry).toContain(
			'howpublished = {\\url{https://atlas.example/timeline?prov=440000&from=2021-01}},'
		);
		expect(entry).toContain(
			'note = {data version 2181b459204f43c0; imports: sample data (modelled, not official statistics)},'
		);
		expect(entry).toContain('urldate = {2026-11-27}');
		expect(entry.split('{').length).toBe(entry.split('}').length);
	});

	test('escaping quotes every LaTeX special', () => {
		expect(bibtexEscape('a_b#c$d~e^f\\g')).toBe(
			'a\\_b\\#c\\$d\\textasciitilde{}e\\textasciicircum{}f\\textbackslash{}g'
		);
	});
});
