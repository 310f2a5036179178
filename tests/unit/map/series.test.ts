/** The animation's interpolation, the rolling-window totals and the colour classes. */
import { describe, expect, test } from 'vitest';
import {
	buildSeries,
	citiesWithData,
	pickMetric,
	rateAt,
	valueAt,
	type CityMonthRow
} from '../../../src/lib/charts/views/map/expansion';
import { areaTotals, metricOf, windowStart } from '../../../src/lib/charts/views/map/area-metrics';
import { classScale, niceBreak } from '../../../src/lib/charts/views/map/classes';
import { addMonths, isMonth, monthRange } from '../../../src/lib/model/months';
import { NO_DATA_FILL, SEQUENTIAL_CLASSES } from '../../../src/lib/charts/palette';

const row = (
	code: string,
	month: string,
	value: number,
	orders = 100,
	cases = 0
): CityMonthRow => ({
	code,
	month,
	value,
	orders,
	rate_orders: orders,
	cases
});
// A joins in Jan 2019, B in Mar 2019; A is large with few cases, B small with many.
const rows = [
	row('A', '2019-01', 100, 1000, 1),
	row('A', '2019-02', 200, 1000, 1),
	row('A', '2019-03', 300, 1000, 1),
	row('B', '2019-03', 30, 10, 2)
];
const months = monthRange('2018-12', '2019-03');

describe('months', () => {
	test('arithmetic across years', () => {
		expect(addMonths('2019-01', -1)).toBe('2018-12');
		expect(addMonths('2019-12', 13)).toBe('2021-01');
		expect(months).toEqual(['2018-12', '2019-01', '2019-02', '2019-03']);
		expect(windowStart('2019-03', 12)).toBe('2018-04');
		expect(isMonth('2019-13')).toBe(false);
	});
});

describe('buildSeries and interpolation', () => {
	const s = buildSeries(rows, months);

	test('counts the cities with data month by month, as they join', () => {
		expect(citiesWithData(s, 0)).toEqual([]);
		expect(citiesWithData(s, 1)).toEqual(['A']);
		expect(citiesWithData(s, 3)).toEqual(['A', 'B']);
		expect(s.max).toBe(300);
	});

	test('interpolates linearly between months, growing from zero when a city joins', () => {
		expect(valueAt(s, 'A', 1)).toBe(100);
		expect(valueAt(s, 'A', 1.5)).toBe(150);
		expect(valueAt(s, 'A', 0.25)).toBe(25);
		expect(valueAt(s, 'B', 2.5)).toBe(15);
		expect(valueAt(s, 'B', 3)).toBe(30);
		expect(valueAt(s, 'Z', 2)).toBe(0);
		expect(valueAt(s, 'A', 9)).toBe(0);
	});

	test('the bubble can show orders or the average order value instead', () => {
		expect(buildSeries(rows, months, pickMetric('orders')).value.get('B')![3]).toBe(10);
		expect(buildSeries(rows, months, pickMetric('aov')).value.get('B')![3]).toBe(3);
	});

	test('a month rate is cases per 10,000 orders', () => {
		expect(rateAt(s, 'B', 3)).toBe(2000);
		expect(rateAt(s, 'B', 1)).toBeNull();
	});
});

describe('areaTotals', () => {
	const areaOf = (code: string) => (code === 'A' || code === 'B' ? 'P' : null);

	test('sums the window and recomputes the rate from the sums', () => {
		const t = areaTotals(rows, areaOf, '2019-02', '2019-03').get('P')!;
		expect(t).toEqual({ value: 530, rate_orders: 2010, cases: 4, cities: 2 });
		expect(metricOf(t, 'rate')).toBeCloseTo((4 / 2010) * 10000, 12);
		// the average of the two cities' rates would be far higher
		expect(metricOf(t, 'rate')).toBeLessThan(((2 / 2000 + 2 / 10) / 2) * 10000);
		expect(metricOf(t, 'value_per_city')).toBe(265);
		expect(metricOf(t, 'cities')).toBe(2);
	});

	test('an area with no city in the window has no entry', () => {
		expect(areaTotals(rows, areaOf, '2018-01', '2018-12').size).toBe(0);
		expect(metricOf(undefined, 'value')).toBeNull();
	});
});

describe('classScale', () => {
	test('quintile breaks, rounded, five classes from light to dark', () => {
		const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => v * 1.234e9);
		const c = classScale([...values, null, 0]);
		// d3 quantiles of 1.234e9 × 1..10 at 0.2 … 0.8: 3.455e9, 5.676e9, 7.898e9, 10.12e9
		expect(c.breaks).toEqual([3.5e9, 5.7e9, 7.9e9, 10e9]);
		expect(c.legend).toHaveLength(5);
		expect(c.fill(values[0]!)).toBe(SEQUENTIAL_CLASSES[0]);
		expect(c.fill(values[9]!)).toBe(SEQUENTIAL_CLASSES[4]);
		expect(c.fill(null)).toBe(NO_DATA_FILL);
		expect(c.fill(0)).toBe(NO_DATA_FILL);
		expect(c.legend[0]!.from).toBe(values[0]);
		expect(c.legend[4]!.to).toBe(values[9]);
	});

	test('counts get whole-number breaks and fewer classes when values repeat', () => {
		const c = classScale([1, 1, 1, 1, 2, 2, 3, 9], true);
		expect(c.breaks.every(Number.isInteger)).toBe(true);
		expect(c.legend.length).toBe(c.breaks.length + 1);
		expect(c.legend.length).toBeLessThan(5);
		expect(c.legend[0]!.colour).toBe(SEQUENTIAL_CLASSES[0]);
		expect(c.legend.at(-1)!.colour).toBe(SEQUENTIAL_CLASSES[4]);
	});

	test('niceBreak keeps two significant digits', () => {
		expect(niceBreak(123456, false)).toBe(120000);
		expect(niceBreak(0.0456, false)).toBeCloseTo(0.046, 12);
		expect(niceBreak(2.6, true)).toBe(3);
	});

	test('a narrow spread gets finer breaks, so the classes do not collapse', () => {
		expect(niceBreak(1.8347, false, 0.34)).toBe(1.83);
		expect(niceBreak(8.2e8, false, 1.7e10)).toBe(8.2e8);
		const rates = [1.78, 1.81, 1.82, 1.83, 1.85, 1.87, 1.88, 1.9, 1.93, 1.96, 2.05, 2.12];
		expect(classScale(rates).legend).toHaveLength(5);
	});
});
