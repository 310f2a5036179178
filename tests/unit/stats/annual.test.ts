import { expect, test } from 'vitest';
import { annualRates } from '../../../src/lib/stats/annual';

test('yearly rates are ratios of the year’s sums, not averages of monthly rates', () => {
	const rows = [
		{ month: '2021-01', k: 'a', cases: 1, orders: 10_000, flagged: 10, value: 1000 },
		{ month: '2021-02', k: 'a', cases: 9, orders: 10, flagged: 0, value: 0 },
		{ month: '2022-01', k: 'a', cases: 0, orders: 0, flagged: 0, value: 0 },
		{ month: '2021-01', k: 'b', cases: 2, orders: 20_000, flagged: 5, value: 500 }
	];
	const out = annualRates(rows, (r) => r.k);
	expect(out.map((r) => `${r.year}/${r.key}`)).toEqual(['2021/a', '2021/b', '2022/a']);
	expect(out[0]!.rate).toBeCloseTo((10 / 10_010) * 10_000, 12);
	expect(out[0]!.flaggedShare).toBeCloseTo(0.01, 12);
	expect(out[2]).toMatchObject({ rate: null, flaggedShare: null });
});
