import { describe, expect, test } from 'vitest';
import {
	addMonths,
	isMonth,
	monthOrdinal,
	monthRange,
	monthsBetween,
	monthToMs,
	msToMonth,
	ordinalMonth
} from '../../../src/lib/model/months';

describe('months', () => {
	test('well-formed months only', () => {
		expect(isMonth('2021-03')).toBe(true);
		for (const bad of ['2021-3', '2021-13', '2021-00', '21-03', '2021-03-01', ' 2021-03']) {
			expect(isMonth(bad)).toBe(false);
		}
	});

	test('arithmetic crosses year ends both ways', () => {
		expect(addMonths('2020-11', 3)).toBe('2021-02');
		expect(addMonths('2021-02', -14)).toBe('2019-12');
		expect(monthsBetween('2018-11', '2020-01')).toBe(14);
		expect(ordinalMonth(monthOrdinal('2016-05'))).toBe('2016-05');
		expect(monthRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
		expect(monthRange('2020-02', '2019-11')).toEqual([]);
	});

	test('milliseconds round-trip at the first of the month, UTC', () => {
		expect(monthToMs('2021-03')).toBe(Date.UTC(2021, 2, 1));
		expect(msToMonth(monthToMs('1999-12'))).toBe('1999-12');
	});
});
