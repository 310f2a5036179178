import { describe, expect, test } from 'vitest';
import { eventSeries, growthComparison } from '../../../src/lib/analysis/event-study';
import type { JoinGrowthRow } from '../../../src/lib/queries/event-study';

const rows = Array.from({ length: 37 }, (_, i) => {
	const k = i - 24;
	// two cities before joining at 100 each, three after at 300 each
	return {
		cohort: 'c37',
		k,
		cities: k < 0 ? 2 : 3,
		value: k < 0 ? 200 : 900,
		orders: k < 0 ? 20 : 30
	};
});

describe('eventSeries', () => {
	test('indexes the per-city average to the 12 months before joining', () => {
		const [s] = eventSeries(rows, 'value', 'index');
		expect(s!.baseline).toBe(100);
		expect(s!.points.find((p) => p.k === -1)?.y).toBe(100);
		expect(s!.points.find((p) => p.k === 0)?.y).toBe(300);
		expect(s!.points.find((p) => p.k === 0)?.cities).toBe(3);
	});
	test('year-on-year growth compares k with k − 12', () => {
		const [s] = eventSeries(rows, 'value', 'yoy');
		expect(s!.points.find((p) => p.k === 11)?.y).toBeCloseTo(2, 12);
		expect(s!.points.find((p) => p.k === 12)?.y).toBe(0);
		expect(s!.points.find((p) => p.k === -24)?.y).toBeNull();
	});
	test('no index without a full pre-period', () => {
		const [s] = eventSeries(
			rows.filter((r) => r.k >= -6),
			'value',
			'index'
		);
		expect(s!.baseline).toBeNull();
		expect(s!.points.every((p) => p.y === null)).toBe(true);
	});
});

describe('growthComparison', () => {
	const base: JoinGrowthRow = {
		phase: 'p2018',
		cohort: 'c37',
		join_month: '2019-01',
		pre_months: 12,
		treated_cities: 1,
		treated_pre_value: 1200,
		treated_post_value: 2400,
		treated_pre_orders: 120,
		treated_post_orders: 120,
		comparison_cities: 2,
		comparison_pre_value: 2400,
		comparison_post_value: 3000,
		comparison_pre_orders: 240,
		comparison_post_orders: 240
	};
	test('growth of the joiners against the not-yet-joined, in ratio points', () => {
		const [g] = growthComparison([base], 'value');
		expect(g).toMatchObject({
			treatedGrowth: 1,
			comparisonGrowth: 0.25,
			difference: 0.75,
			completePre: true
		});
		const [o] = growthComparison([base], 'orders');
		expect(o).toMatchObject({ treatedGrowth: 0, comparisonGrowth: 0, difference: 0 });
	});
	test('no comparison group, no difference; a short pre-period is flagged', () => {
		const [g] = growthComparison([{ ...base, comparison_cities: 0, pre_months: 4 }], 'value');
		expect(g).toMatchObject({ comparisonGrowth: null, difference: null, completePre: false });
	});
});
