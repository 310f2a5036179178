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
	test('index: the cities with a base year, over Σ their mean base month; says when none has one', () => {
		// One of c37's two cities has 12 months before joining: its base month averages 80.
		const index = [
			{
				cohort: 'c37',
				month: '2020-01',
				value: 40,
				orders: 4,
				base_value: 80,
				base_orders: 10,
				with_base: 1,
				cities: 2
			},
			{
				cohort: 'c37',
				month: '2020-02',
				value: 120,
				orders: 10,
				base_value: 80,
				base_orders: 10,
				with_base: 1,
				cities: 2
			}
		];
		const [c37, c86] = timelineSeries({
			rows,
			national,
			cohorts,
			metric: 'value',
			scale: 'index',
			index
		});
		expect(c37!.points.map((p) => p.y)).toEqual([50, 150]);
		expect(c37!.coverage).toEqual({ places: 1, of: 2 });
		expect(c86!.points.map((p) => p.y)).toEqual([null, null]);
		expect(c86!.note).toBe('no-base');
		// Average order value: (40/4) / (80/10) = 1.25, (120/10) / 8 = 1.5.
		const [aov] = timelineSeries({ rows, national, cohorts, metric: 'aov', scale: 'index', index });
		expect(aov!.points.map((p) => p.y)).toEqual([125, 150]);
	});

	test('relative: change on the mean month of the range’s first 12 months; nothing before it', () => {
		const long = Array.from({ length: 14 }, (_, i) => ({
			month: `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
			cohort: 'c37',
			value: i < 12 ? 100 + (i % 2) * 20 : 220,
			orders: 10
		}));
		const nat = long.map(({ month, value, orders }) => ({ month, value, orders }));
		const [s] = timelineSeries({
			rows: long,
			national: nat,
			cohorts: [cohorts[0]!],
			metric: 'value',
			scale: 'relative',
			range: { from: null, to: null }
		});
		// Base: the mean of 100, 120, 100, … = 110; 220 is +100 %.
		expect(s!.points[0]!.y).toBeCloseTo(100 / 110 - 1, 12);
		expect(s!.points[13]!.y).toBeCloseTo(1, 12);
		const [later] = timelineSeries({
			rows: long,
			national: nat,
			cohorts: [cohorts[0]!],
			metric: 'value',
			scale: 'relative',
			range: { from: '2020-02', to: '2020-03' }
		});
		// A range shorter than 12 months is its own base: 120 and 100 average 110.
		expect(later!.points[0]!.y).toBeNull();
		expect(later!.points[1]!.y).toBeCloseTo(120 / 110 - 1, 12);
	});

	test('log: the absolute values, none at or below zero, and a note when some are', () => {
		const [c37, c86] = timelineSeries({ rows, national, cohorts, metric: 'value', scale: 'log' });
		expect(c37!.points.map((p) => p.y)).toEqual([100, 150]);
		expect(c86!.points.map((p) => p.y)).toEqual([null, 50]);
		expect(c86!.note).toBe('non-positive');
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
		expect(scalesFor('aov')).toEqual(['absolute', 'index', 'relative', 'log']);
		expect(ys('share', 'aov')).toEqual([
			[10, 15],
			[null, 10]
		]);
	});
});
