/** Each view knows whether it can answer at the loaded grain, and says why not in both languages. */
import { describe, expect, test } from 'vitest';
import {
	canAnswer,
	VIEW_NEEDS,
	type GrainContext,
	type ViewId
} from '../../../src/lib/model/view-grain';
import {
	finestGrain,
	isPeriodEnd,
	isPeriodStart,
	periodLabel,
	sameGrain,
	type Grain
} from '../../../src/lib/model/grain';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { IMPORTS, VIOLATIONS } from '../../../src/lib/schema';
import { grainText, noteText, reasonText } from '../../../src/lib/components/data/grain-words';

const SAMPLE: GrainContext = {
	grains: { imports: finestGrain(IMPORTS), violations: finestGrain(VIOLATIONS) },
	sources: { imports: 'sample', violations: 'sample' },
	filters: DEFAULT_FILTERS
};
const withImports = (g: Partial<Grain>, extra: Partial<GrainContext> = {}): GrainContext => ({
	...SAMPLE,
	grains: { ...SAMPLE.grains, imports: { ...SAMPLE.grains.imports, ...g } },
	sources: { imports: 'yours', violations: 'sample' },
	...extra
});
const PROVINCE_YEAR = withImports({
	place: 'province',
	time: 'year',
	breakdowns: { category: 'unknown', channel: 'unknown' }
});

describe('canAnswer', () => {
	test('every view answers over the bundled sample, with no notes', () => {
		for (const view of Object.keys(VIEW_NEEDS) as ViewId[]) {
			expect(canAnswer(view, SAMPLE), view).toEqual({ ok: true, reasons: [], notes: [] });
		}
	});

	test('province-level annual totals: cohort views cannot answer, and say why', () => {
		const v = canAnswer('timeline.series', PROVINCE_YEAR);
		expect(v.ok).toBe(false);
		expect(v.reasons).toContainEqual({ code: 'needs-city', table: 'imports' });
	});

	test('a monthly chart over annual city data answers with annual points and says so', () => {
		const v = canAnswer('timeline.series', withImports({ time: 'year' }));
		expect(v.ok).toBe(true);
		expect(v.notes).toContainEqual({ code: 'periods', table: 'imports', time: 'year' });
		expect(canAnswer('timeline.eventStudy', withImports({ time: 'year' })).reasons).toEqual([
			{ code: 'needs-month', table: 'imports', time: 'year' }
		]);
	});

	test('a category chart over data without categories says so; a category filter cannot apply', () => {
		const noCategory = withImports({ breakdowns: { category: 'all', channel: 'detail' } });
		expect(canAnswer('categories.composition', noCategory).reasons).toEqual([
			{ code: 'needs-breakdown', table: 'imports', column: 'category', level: 'all' }
		]);
		const filtered = { ...noCategory, filters: { ...DEFAULT_FILTERS, categories: ['beauty'] } };
		expect(canAnswer('timeline.series', filtered).reasons).toContainEqual({
			code: 'filter-unavailable',
			table: 'imports',
			column: 'category'
		});
	});

	test('months that cut a year in half are refused for annual data; whole years pass', () => {
		const annual = withImports({ time: 'year' });
		const half = { ...annual, filters: { ...DEFAULT_FILTERS, from: '2021-07', to: '2022-12' } };
		expect(canAnswer('timeline.period', half).reasons).toContainEqual({
			code: 'months-misaligned',
			table: 'imports',
			time: 'year',
			month: '2021-07'
		});
		const whole = { ...annual, filters: { ...DEFAULT_FILTERS, from: '2021-01', to: '2022-12' } };
		expect(canAnswer('timeline.period', whole).ok).toBe(true);
	});

	test('imports and violations at different time grains are never set against each other', () => {
		const v = canAnswer('compliance.trend', withImports({ time: 'quarter' }));
		expect(v.reasons).toContainEqual({ code: 'tables-differ', first: 'quarter', second: 'month' });
		expect(v.notes).toContainEqual({ code: 'mixed-sources' });
		// Views that sum whole periods can still answer.
		expect(canAnswer('compliance.summary', withImports({ time: 'quarter' })).ok).toBe(true);
	});
});

describe('grain helpers', () => {
	test('period boundaries and labels', () => {
		expect(isPeriodStart('2021-01', 'year')).toBe(true);
		expect(isPeriodStart('2021-04', 'quarter')).toBe(true);
		expect(isPeriodStart('2021-05', 'quarter')).toBe(false);
		expect(isPeriodEnd('2021-12', 'year')).toBe(true);
		expect(isPeriodEnd('2021-06', 'quarter')).toBe(true);
		expect(periodLabel('2021-05', 'quarter')).toBe('2021-Q2');
		expect(periodLabel('2021-05', 'year')).toBe('2021');
		expect(sameGrain(finestGrain(IMPORTS), PROVINCE_YEAR.grains.imports)).toBe(false);
	});
});

describe('in words, both languages', () => {
	test('reasons and notes read as sentences, with no placeholder left', () => {
		const reasons = [
			...canAnswer('categories.channelSplit', PROVINCE_YEAR).reasons,
			...canAnswer('compliance.trend', withImports({ time: 'quarter' })).reasons
		];
		for (const lang of ['en', 'zh'] as const) {
			for (const r of reasons) expect(reasonText(r, lang)).not.toMatch(/[{}]|grain\./);
			expect(noteText({ code: 'periods', table: 'imports', time: 'year' }, lang)).not.toMatch(
				/[{}]/
			);
			expect(grainText(PROVINCE_YEAR.grains.imports, lang)).not.toMatch(/[{}]/);
		}
		expect(reasonText({ code: 'needs-city', table: 'imports' }, 'en')).toContain('by province');
		expect(reasonText({ code: 'needs-city', table: 'imports' }, 'zh')).toContain('按省份');
		expect(grainText(PROVINCE_YEAR.grains.imports, 'en')).toBe(
			'by province, annual, goods category: not stated, channel: not stated'
		);
	});
});
