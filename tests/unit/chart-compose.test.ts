import { describe, expect, test } from 'vitest';
import { composeChartSvg, escapeXml, wrap } from '../../src/lib/charts/export/compose';

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

	test('facts carry no sample notice', () => {
		expect(composeChartSvg(chart, { ...caption, sample: null }).markup).not.toContain('Sample');
	});
});

test('wrap keeps lines within the width, CJK counting double', () => {
	expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	expect(wrap('样本数据样本数据', 8)).toEqual(['样本数据', '样本数据']);
	expect(escapeXml(`a&b"c'`)).toBe('a&#38;b&#34;c&#39;');
});
