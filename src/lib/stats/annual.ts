/**
 * Monthly sums → yearly rates, for the table twins of the monthly charts: each year's rate is
 * recomputed from the year's sums (Σ cases / Σ orders), never averaged over months.
 */

export interface MonthlySums {
	month: string;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
}

export interface YearRate {
	year: number;
	key: string;
	cases: number;
	orders: number;
	rate: number | null;
	flaggedShare: number | null;
}

/** One row per year and key (cohort or type), in year order then first-seen key order. */
export function annualRates<T extends MonthlySums>(
	rows: readonly T[],
	key: (row: T) => string
): YearRate[] {
	const sums = new Map<string, YearRate & { flagged: number; value: number }>();
	for (const r of rows) {
		const year = Number(r.month.slice(0, 4));
		const k = key(r);
		const id = `${year}|${k}`;
		const acc = sums.get(id) ?? {
			year,
			key: k,
			cases: 0,
			orders: 0,
			flagged: 0,
			value: 0,
			rate: null,
			flaggedShare: null
		};
		acc.cases += r.cases;
		acc.orders += r.orders;
		acc.flagged += r.flagged;
		acc.value += r.value;
		sums.set(id, acc);
	}
	return [...sums.values()]
		.sort((a, b) => a.year - b.year)
		.map(({ year, key: k, cases, orders, flagged, value }) => ({
			year,
			key: k,
			cases,
			orders,
			rate: orders > 0 ? (cases / orders) * 10_000 : null,
			flaggedShare: value > 0 ? flagged / value : null
		}));
}
