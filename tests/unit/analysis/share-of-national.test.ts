import { expect, test } from 'vitest';
import { annualShares } from '../../../src/lib/analysis/share-of-national';

const months = (y: number, n = 12) =>
	Array.from({ length: n }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);

test('a ratio of the year’s sums, full years only', () => {
	const national = [...months(2020), ...months(2021, 6)].map((month, i) => ({
		month,
		value: i < 12 ? 100 + i : 50
	}));
	// The cohort has 10 in January and 40 in December 2020: its share is 50 / Σ national.
	const rows = [
		{ month: '2020-01', cohort: 'c37', value: 10 },
		{ month: '2020-12', cohort: 'c37', value: 40 },
		{ month: '2021-01', cohort: 'c37', value: 25 }
	];
	const shares = annualShares(rows, national).get('c37')!;
	const total2020 = national.slice(0, 12).reduce((s, n) => s + n.value, 0);
	expect(shares).toEqual([{ year: 2020, share: 50 / total2020 }]);
});
