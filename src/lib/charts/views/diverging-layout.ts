/**
 * Geometry of the difference view: for each category, one bar per cohort of (cohort share −
 * national share), left of zero when the cohort imports less of it than the nation. Pure.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface DiffCell {
	grp: string;
	category: string;
	share: number;
}

export interface DiffRow {
	category: string;
	grp: string;
	diff: number;
	share: number;
	national: number;
}

/** Cohort share minus national share, for every cohort and category present. */
export function shareDifferences(
	cells: readonly DiffCell[],
	cohorts: readonly string[],
	categories: readonly string[],
	national: string
): DiffRow[] {
	const share = (g: string, k: string) =>
		cells.find((c) => c.grp === g && c.category === k)?.share ?? 0;
	return categories.flatMap((category) =>
		cohorts
			.filter((g) => cells.some((c) => c.grp === g))
			.map((grp) => ({
				category,
				grp,
				share: share(grp, category),
				national: share(national, category),
				diff: share(grp, category) - share(national, category)
			}))
	);
}

export const DIFF_MARGIN = { top: 4, right: 16, bottom: 24, left: 170 };

/** Bars around a zero line; the domain is symmetric so left and right read alike. */
export function divergingLayout(
	rows: readonly DiffRow[],
	categories: readonly string[],
	width: number,
	labelWidth = DIFF_MARGIN.left
) {
	const cohorts = [...new Set(rows.map((r) => r.grp))];
	const perCategory = Math.max(1, cohorts.length) * 10 + 12;
	const height = DIFF_MARGIN.top + DIFF_MARGIN.bottom + categories.length * perCategory;
	const plot = {
		left: labelWidth,
		right: Math.max(labelWidth + 10, width - DIFF_MARGIN.right),
		top: DIFF_MARGIN.top,
		bottom: height - DIFF_MARGIN.bottom
	};
	const extent = Math.max(0.01, ...rows.map((r) => Math.abs(r.diff)));
	const x = scaleLinear().domain([-extent, extent]).nice().range([plot.left, plot.right]);
	const outer = scaleBand().domain(categories).range([plot.top, plot.bottom]).paddingInner(0.2);
	const inner = scaleBand().domain(cohorts).range([0, outer.bandwidth()]).padding(0.1);
	return {
		height,
		plot,
		zero: x(0),
		categories: categories.map((c) => ({ category: c, y: outer(c) ?? 0, h: outer.bandwidth() })),
		bars: rows.map((r) => ({
			...r,
			x: Math.min(x(0), x(r.diff)),
			width: Math.abs(x(r.diff) - x(0)),
			y: (outer(r.category) ?? 0) + (inner(r.grp) ?? 0),
			h: inner.bandwidth()
		})),
		xTicks: x.ticks(5).map((v) => ({ x: x(v), value: v }))
	};
}
