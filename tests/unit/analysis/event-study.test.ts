import { describe, expect, test } from 'vitest';
import { eventSeries } from '../../../src/lib/analysis/event-study';

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
