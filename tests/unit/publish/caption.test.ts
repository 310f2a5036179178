import { describe, expect, test } from 'vitest';
import { chartCaption, circled } from '../../../src/lib/charts/export/caption';
import { appliedParams, chartApplies } from '../../../src/lib/charts/shell/scope';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import type { ResolvedContext } from '../../../src/lib/charts/shell/context';

const base: ResolvedContext = {
	title: 'Import value per month, by cohort',
	subtitle: 'Guangdong · Jan 2021–Dec 2023 · import value',
	units: 'CNY per month',
	source: 'imports table',
	tables: ['imports'],
	events: [
		{ n: 1, date: 'Jan 2016', label: 'First pilot' },
		{ n: 10, date: 'Nov 2022', label: 'Extended to all' }
	],
	range: 'Jan 2021–Dec 2023',
	lang: 'en',
	status: [{ table: 'imports', own: false }],
	statusLine: 'Sample data: modelled, not official',
	filterParams: { prov: '440000' },
	selectionParams: { from: '2021-01', to: '2023-12' },
	version: 'abcdef12',
	url: 'http://x/timeline?prov=440000'
};

describe('the caption of an exported chart', () => {
	test('numbers the events as the markers do, labels the range, names version and date', () => {
		const c = chartCaption(base, new Date('2026-12-01T10:00:00Z'));
		expect(c.events).toEqual(['① Jan 2016 · First pilot', '⑩ Nov 2022 · Extended to all']);
		expect(c.range).toBe('Selected: Jan 2021–Dec 2023');
		expect(c.source).toBe('Source: imports table');
		expect(c.credit).toBe('Pilot Atlas · data version abcdef12 · exported 2026-12-01');
		expect(c.sample).toBe('Sample data: modelled, not official');
		expect(c.empty).toBe('No data for this selection.');
	});

	test('in Chinese, with full-width punctuation', () => {
		const c = chartCaption(
			{ ...base, lang: 'zh', version: null },
			new Date('2026-12-01T00:00:00Z')
		);
		expect(c.range).toBe('选定时段：Jan 2021–Dec 2023');
		expect(c.source).toBe('来源：imports table');
		expect(c.credit).toBe('Pilot Atlas·数据版本尚未加载·导出于2026-12-01');
		expect(c.eventsHeading).toBe('事件');
	});

	test('circled numbers up to twenty, then parentheses', () => {
		expect([1, 2, 20, 21].map(circled)).toEqual(['①', '②', '⑳', '(21)']);
	});
});

describe('the filters a chart names', () => {
	test("a registered view's own list: the timeline names all but the months it selects", () => {
		expect(chartApplies('period-summary', ['imports'], '/timeline')).toEqual([
			'phases',
			'provinces',
			'cities',
			'categories',
			'channels',
			'from',
			'to',
			'metric'
		]);
		expect(chartApplies('timeline', ['imports'], '/timeline')).toEqual([
			'phases',
			'provinces',
			'cities',
			'categories',
			'channels',
			'metric'
		]);
	});

	test('a violations view has no goods category, channel or metric', () => {
		expect(chartApplies('compliance-funnel', [], '/compliance')).toEqual([
			'phases',
			'provinces',
			'cities',
			'from',
			'to'
		]);
	});

	test('views that read no filters name none', () => {
		expect(chartApplies('pilot-count', [], '/')).toEqual([]);
		expect(chartApplies('phase-cards', ['imports'], '/')).toEqual([]);
	});

	test("a city page's chart: its page's filters, less what its table lacks", () => {
		expect(chartApplies('city-series', ['imports'], '/city/[code]')).toEqual([
			'categories',
			'channels',
			'from',
			'to',
			'metric'
		]);
		expect(chartApplies('city-violations', ['violations', 'imports'], '/city/[code]')).toEqual([
			'from',
			'to'
		]);
		expect(chartApplies('city-series', ['imports'], null)).toEqual([]);
	});

	test('as URL codes, only the applied ones and no defaults', () => {
		const filters = {
			...DEFAULT_FILTERS,
			provinces: ['440000'],
			categories: ['beauty'],
			from: '2021-01',
			metric: 'value' as const
		};
		expect(appliedParams(filters, ['provinces', 'from', 'metric'])).toEqual({
			from: '2021-01',
			prov: '440000'
		});
	});
});
