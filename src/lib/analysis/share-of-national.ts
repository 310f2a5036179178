/**
 * Each cohort's share of the national import value by calendar year: Σ cohort value ÷ Σ national
 * value over the year's months (a ratio of sums, never an average of monthly shares). Only years
 * the data covers in full. Pure.
 */
export interface YearShare {
	readonly year: number;
	readonly share: number;
}

/** Per cohort, its share of the national value in every full year of `national`. */
export function annualShares(
	rows: readonly { month: string; cohort: string; value: number }[],
	national: readonly { month: string; value: number }[]
): Map<string, YearShare[]> {
	const year = (month: string) => Number(month.slice(0, 4));
	const months = new Map<number, number>();
	const totals = new Map<number, number>();
	for (const n of national) {
		months.set(year(n.month), (months.get(year(n.month)) ?? 0) + 1);
		totals.set(year(n.month), (totals.get(year(n.month)) ?? 0) + n.value);
	}
	const full = [...months].filter(([, n]) => n === 12).map(([y]) => y);
	const out = new Map<string, YearShare[]>();
	for (const cohort of new Set(rows.map((r) => r.cohort))) {
		const sums = new Map<number, number>();
		for (const r of rows)
			if (r.cohort === cohort) sums.set(year(r.month), (sums.get(year(r.month)) ?? 0) + r.value);
		out.set(
			cohort,
			full
				.filter((y) => (totals.get(y) ?? 0) > 0)
				.sort((a, b) => a - b)
				.map((y) => ({ year: y, share: (sums.get(y) ?? 0) / totals.get(y)! }))
		);
	}
	return out;
}
