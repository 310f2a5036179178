import { describe, expect, test } from 'vitest';
import {
	decodeSpecFromLink,
	emptyReport,
	encodeSpecForLink,
	parseReportSpec,
	reportFileName,
	type ReportSpec
} from '../../../src/lib/report/spec';
import { parseMarkdown } from '../../../src/lib/report/markdown';
import { cssString, printPageCss } from '../../../src/lib/report/print-css';

const spec: ReportSpec = {
	...emptyReport('2026-11-27', 'zh'),
	title: '跨境电商 “pilot” report',
	blocks: [
		{ id: 'a', kind: 'heading', text: 'One' },
		{ id: 'b', kind: 'text', markdown: 'Hello **world**' },
		{ id: 'c', kind: 'view', view: 'timeline', params: 'phase=p2018&scale=index', show: 'both' }
	]
};

describe('report spec', () => {
	test('round-trips through JSON and through a link fragment, Chinese included', () => {
		expect(parseReportSpec(JSON.parse(JSON.stringify(spec)))).toEqual({ spec });
		const encoded = encodeSpecForLink(spec);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeSpecFromLink(encoded)).toEqual({ spec });
	});

	test('refuses what is not a report, with a reason', () => {
		expect(parseReportSpec(null)).toHaveProperty('error');
		expect(parseReportSpec({ version: 2, blocks: [] })).toHaveProperty('error');
		expect(parseReportSpec({ version: 1, blocks: [{ kind: 'view', view: 'drop table' }] })).toEqual(
			{
				error: 'The report is damaged: block 1: unknown view “drop table”.'
			}
		);
		expect(
			parseReportSpec({ version: 1, blocks: Array(61).fill({ kind: 'heading', text: 'x' }) })
		).toHaveProperty('error');
		expect(decodeSpecFromLink('%%%not-base64')).toHaveProperty('error');
	});

	test('repairs what it can: long text clipped, bad dates and ids replaced, duplicates renamed', () => {
		const parsed = parseReportSpec({
			version: 1,
			title: 'x'.repeat(500),
			date: 'yesterday',
			blocks: [
				{ id: 'same', kind: 'heading', text: 'a' },
				{ id: 'same', kind: 'heading', text: 'b' },
				{ id: '<bad id>', kind: 'view', view: 'timeline', params: '?from=2020-01' }
			]
		});
		if ('error' in parsed) throw new Error(parsed.error);
		expect(parsed.spec.title).toHaveLength(200);
		expect(parsed.spec.date).toBe('1970-01-01');
		expect(new Set(parsed.spec.blocks.map((b) => b.id)).size).toBe(3);
		expect(parsed.spec.blocks[2]).toMatchObject({
			id: 'b3',
			params: 'from=2020-01',
			show: 'chart'
		});
	});

	test('file names say what is inside', () => {
		expect(reportFileName({ ...spec, title: 'Bonded imports: 2022!' })).toBe(
			'pilot-atlas-report-bonded-imports-2022-2026-11-27.json'
		);
	});
});

describe('markdown', () => {
	test('raw HTML stays text and unsafe links lose their href', () => {
		const nodes = parseMarkdown(
			'<script>alert(1)</script>\n\n[x](javascript:alert(1)) [ok](https://a.org)'
		);
		const flat = JSON.stringify(nodes);
		expect(flat).toContain('"type":"text","value":"<script>alert(1)</script>"');
		expect(flat).not.toContain('javascript:');
		expect(flat).toContain('"href":"https://a.org"');
	});

	test('structure survives: emphasis, lists, headings below report headings', () => {
		const [p, list, h] = parseMarkdown('a **b** *c*\n\n- one\n- two\n\n# Title');
		expect(p).toMatchObject({ type: 'paragraph' });
		expect(list).toMatchObject({ type: 'list', ordered: false });
		expect(h).toMatchObject({ type: 'heading', depth: 3 });
	});
});

describe('print css', () => {
	test('escapes a title into a CSS string that cannot break out', () => {
		expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
		expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
	});

	test('A4 in the chosen orientation with running header and footer', () => {
		const css = printPageCss({
			orientation: 'landscape',
			title: 'T',
			version: 'v1',
			sampleNote: 'S'
		});
		expect(css).toContain('size: A4 landscape');
		expect(css).toContain('@top-left { content: "T"');
		expect(css).toContain('counter(page) " / " counter(pages)');
	});
});
