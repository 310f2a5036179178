import { describe, expect, test } from 'vitest';
import {
	VIEW_CONTEXT,
	appliedFilters,
	sampleSourceIds,
	viewSourceIds
} from '../../../src/lib/report/view-context';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { REPORT_VIEW_IDS } from '../../../src/lib/report/spec';
import { REFERENCE_CSV } from '../../../src/lib/reference/csv';

const known = new Set(REFERENCE_CSV.sources.map((s) => s.id));

describe('what report views cite', () => {
	test('every view declares its context, and cites only known sources', () => {
		for (const id of REPORT_VIEW_IDS) {
			const ids = viewSourceIds(VIEW_CONTEXT[id], DEFAULT_FILTERS);
			expect(ids.length, id).toBeGreaterThan(0);
			for (const s of ids) expect(known.has(s), `${id} cites ${s}`).toBe(true);
		}
	});

	test('a phase filter narrows the sources to that phase', () => {
		const all = viewSourceIds(VIEW_CONTEXT['period-summary'], DEFAULT_FILTERS);
		const one = viewSourceIds(VIEW_CONTEXT['period-summary'], {
			...DEFAULT_FILTERS,
			phases: ['p2021']
		});
		expect(one).toEqual(['S9', 'S23']);
		expect(all.length).toBeGreaterThan(one.length);
	});

	test('categories cite the goods-mix survey; the timeline does not', () => {
		expect(viewSourceIds(VIEW_CONTEXT['category-mix'], DEFAULT_FILTERS)).toContain('S16');
		expect(viewSourceIds(VIEW_CONTEXT.timeline, DEFAULT_FILTERS)).not.toContain('S16');
	});

	test('the sample cites the totals it is calibrated to', () => {
		expect(sampleSourceIds()).toEqual(expect.arrayContaining(['S12', 'S14', 'S20']));
	});

	test('violations views apply no goods or channel filter and no metric', () => {
		expect(appliedFilters(VIEW_CONTEXT['compliance-funnel'])).toEqual([
			'phases',
			'provinces',
			'cities',
			'from',
			'to'
		]);
		expect(appliedFilters(VIEW_CONTEXT['pilot-count'])).toEqual([]);
		expect(appliedFilters(VIEW_CONTEXT['period-summary'])).toHaveLength(8);
	});

	test('views that count months from joining, or select them, are not narrowed by them', () => {
		for (const id of ['timeline', 'event-study', 'join-growth'] as const) {
			expect(appliedFilters(VIEW_CONTEXT[id])).not.toContain('from');
			expect(appliedFilters(VIEW_CONTEXT[id])).not.toContain('to');
		}
	});
});
