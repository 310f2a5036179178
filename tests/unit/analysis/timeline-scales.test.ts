import { describe, expect, test } from 'vitest';
import { scalesFor, timelineSeries } from '../../../src/lib/analysis/timeline-scales';

const rows = [
	{ month: '2020-01', cohort: 'c37', value: 100, orders: 10 },
	{ month: '2020-02', cohort: 'c37', value: 150, orders: 10 },
	{ month: '2020-02', cohort: 'c86', value: 50, orders: 5 }
];
const national = [
	{ month: '2020-01', value: 200, orders: 20 },
	{ month: '2020-02', value: 400, orders: 25 }
];
const cohorts = [
	{ cohort: 'c37', cities: 2, join_month: '2020-01' },
	{ cohort: 'c86', cities: 5, join_month: '2020-01' }
];
const ys = (
	scale: Parameters<typeof timelineSeries>[0]['scale'],
	metric: 'value' | 'orders' | 'aov' = 'value'
) =>
	timelineSeries({ rows, national, cohorts, metric, scale }).map((s) => s.points.map((p) => p.y));

describe('timelineSeries', () => {
	test('absolute fills missing months with zero', () => {
		expect(ys('absolute')).toEqual([
			[100, 150],
			[0, 50]
		]);
	});
	test('per pilot city divides by the cohort’s cities', () => {
		expect(ys('per-city')).toEqual([
			[50, 75],
			[0, 10]
		]);
	});
	test('index sets the join month to 100, and says when there is no base', () => {
		expect(ys('index')[0]).toEqual([100, 150]);
		const [, c86] = timelineSeries({ rows, national, cohorts, metric: 'value', scale: 'index' });
		expect(c86!.points.map((p) => p.y)).toEqual([null, null]);
		expect(c86!.note).toBe('no-base');
	});
	test('share is of the national total of the same metric', () => {
		expect(ys('share')).toEqual([
			[0.5, 0.375],
			[0, 0.125]
		]);
		expect(ys('share', 'orders')).toEqual([
			[0.5, 0.4],
			[0, 0.2]
		]);
	});
	test('average order value is a ratio of sums and cannot be shared or split per city', () => {
		expect(scalesFor('aov')).toEqual(['absolute', 'index']);
		expect(ys('share', 'aov')).toEqual([
			[10, 15],
			[null, 10]
		]);
	});
});
