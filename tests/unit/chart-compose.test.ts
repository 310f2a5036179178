import { describe, expect, test } from 'vitest';
import { composeChartSvg, escapeXml, wrap } from '../../src/lib/charts/export/compose';
import { textWidth } from '../../src/lib/charts/text-width';

describe('composeChartSvg', () => {
	const chart = { inner: '<path d="M0 0L10 10"/>', width: 600, height: 300 };
	const caption = {
		title: 'Places in the pilot <by phase>',
		units: 'Number of cities',
		source: 'Source: notices S1–S9',
		sample: 'Sample data: modelled, not official'
	};

	test('the image carries title, units, source and the sample notice, escaped', () => {
		const { markup, width, height } = composeChartSvg(chart, caption);
		expect(markup).toContain('Places in the pilot &#60;by phase&#62;');
		expect(markup).toContain('Number of cities');
		expect(markup).toContain('Source: notices S1–S9');
		expect(markup).toContain('Sample data: modelled, not official');
		expect(markup).toContain('<path d="M0 0L10 10"/>');
		expect(width).toBe(632);
		expect(height).toBeGreaterThan(300 + 60);
		expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(markup).toContain('<title>Places in the pilot &#60;by phase&#62;</title>');
	});

	test('filters in words, brushed range, event key, notes, credit and address are all drawn', () => {
		const { markup, height } = composeChartSvg(chart, {
			...caption,
			subtitle: 'Guangdong · Jan 2021–Dec 2023 · import value',
			range: 'Selected: Jan 2021–Dec 2023',
			rangeColour: 'rgb(230, 159, 0)',
			events: ['① Jan 2016 · First pilot cities', '② Nov 2018 · Pilot extended to 22 more'],
			eventsHeading: 'Events',
			notes: ['Ratios are recomputed from sums.'],
			credit: 'Pilot Atlas · data version abc123 · exported 2026-12-01',
			url: 'http://127.0.0.1:4261/timeline?prov=440000&from=2021-01&to=2023-12'
		});
		for (const text of [
			'Guangdong · Jan 2021–Dec 2023 · import value',
			'Selected: Jan 2021–Dec 2023',
			'① Jan 2016 · First pilot cities',
			'② Nov 2018 · Pilot extended to 22 more',
			'>Events<',
			'Ratios are recomputed from sums.',
			'data version abc123',
			'prov=440000&#38;from=2021-01'
		])
			expect(markup).toContain(text);
		expect(markup).toContain('fill="rgb(230, 159, 0)"');
		expect(height).toBeGreaterThan(composeChartSvg(chart, caption).height + 100);
	});

	test('the shaded bands are keyed below the chart: a swatch in their colour and their words', () => {
		const { markup } = composeChartSvg(chart, {
			...caption,
			bands: [
				{ label: '37-city pilot: cities joined Nov 2018–Jan 2019', colour: '#0072b2' },
				{ label: '86 cities + Hainan: cities joined Jan 2020', colour: '#d55e00' }
			],
			bandsHeading: 'Shaded'
		});
		expect(markup).toContain('>Shaded<');
		expect(markup).toContain('37-city pilot: cities joined Nov 2018–Jan 2019');
		expect(markup).toMatch(/<rect [^>]*fill="#0072b2" fill-opacity="0.25"/);
		expect(markup).toMatch(/<rect [^>]*fill="#d55e00" fill-opacity="0.25"/);
		// Below the chart: the key comes after the chart's own markup.
		expect(markup.indexOf('>Shaded<')).toBeGreaterThan(markup.indexOf('<path d="M0 0L10 10"/>'));
		expect(composeChartSvg(chart, caption).markup).not.toContain('Shaded');
	});

	test('a chart with no data is a box that says so, captioned like any other', () => {
		const { markup } = composeChartSvg(
			{ inner: null, width: 500, height: 0 },
			{ ...caption, subtitle: 'Hainan · Jan 2016–Feb 2016', empty: 'No data for this selection.' }
		);
		expect(markup).toContain('No data for this selection.');
		expect(markup).toContain('Hainan · Jan 2016–Feb 2016');
		expect(markup).toContain('stroke-dasharray="4 3"');
		expect(markup).not.toContain('<svg x=');
	});

	test('Chinese captions name a Simplified Chinese font first and mark the language', () => {
		const { markup } = composeChartSvg(chart, { ...caption, lang: 'zh', title: '各批次进口额' });
		expect(markup).toContain('xml:lang="zh-Hans"');
		expect(markup).toMatch(/font-family="&#39;Noto Sans CJK SC&#39;/);
	});

	test('legend entries become swatches with their labels', () => {
		const { markup } = composeChartSvg(chart, {
			...caption,
			legend: [
				{ label: '37-city pilot', colour: 'rgb(86, 180, 233)' },
				{ label: 'All zones', colour: '#009E73' }
			]
		});
		expect(markup).toContain('fill="rgb(86, 180, 233)"');
		expect(markup).toContain('>37-city pilot</text>');
		expect(markup).toContain('>All zones</text>');
	});

	test('a legend entry wider than a phone-width chart is broken over lines inside the image', () => {
		const narrow = { ...chart, width: 300 };
		const label = '37城试点：仅过渡期10城（2016）、37城试点（2018）（4个地区，均有明确来源）';
		const { markup, width } = composeChartSvg(narrow, {
			...caption,
			legend: [
				{ label, colour: '#0072B2' },
				{ label: 'All zones', colour: '#009E73' }
			]
		});
		const lines = [
			...markup.matchAll(/<text x="(\d+(?:\.\d+)?)"[^>]*font-size="11"[^>]*>([^<]*)</g)
		];
		const pieces = lines.filter((m) => label.includes(m[2]!) && m[2]!.length > 1);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.map((m) => m[2]).join('')).toBe(label);
		for (const m of lines) expect(Number(m[1]) + textWidth(m[2]!, 11)).toBeLessThanOrEqual(width);
		// The next entry starts on a row below the wrapped one.
		const ys = [...markup.matchAll(/<text x="\d+"? y="(\d+(?:\.\d+)?)"[^>]*>All zones</g)];
		expect(ys).toHaveLength(1);
	});

	test('facts carry no sample notice', () => {
		expect(composeChartSvg(chart, { ...caption, sample: null }).markup).not.toContain('Sample');
	});
});

describe('wrap', () => {
	test('keeps lines within the width, at spaces, CJK counting a full em', () => {
		expect(wrap('one two three four', textWidth('one two', 11), 11)).toEqual([
			'one two',
			'three',
			'four'
		]);
		expect(wrap('样本数据样本数据', 44, 11)).toEqual(['样本数据', '样本数据']);
	});

	test('never starts a line with closing punctuation', () => {
		const lines = wrap('样本数据，模型生成，非官方统计。', 44, 11);
		for (const line of lines) expect(line).not.toMatch(/^[，。]/);
		expect(lines.join('')).toBe('样本数据，模型生成，非官方统计。');
	});

	test('breaks an address too long for one line inside it, losing nothing', () => {
		const url = 'http://127.0.0.1:4261/timeline?prov=440000&from=2021-01&to=2023-12&metric=orders';
		const lines = wrap(url, 120, 10);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
		expect(lines.join('')).toBe(url);
	});

	test('escapes text for SVG', () => {
		expect(escapeXml(`a&b"c'`)).toBe('a&#38;b&#34;c&#39;');
	});
});
