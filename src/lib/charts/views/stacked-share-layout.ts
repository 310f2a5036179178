/**
 * Geometry of 100 % stacked bars: one bar per group (cohort, national reference), one segment per
 * category. Sorting by a category puts that category first (on the common baseline) and orders the
 * bars by its share, so the comparison reads along one edge. Pure.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface ShareCell {
	grp: string;
	category: string;
	share: number;
	amount: number;
}

export interface StackedInput {
	cells: readonly ShareCell[];
	groups: readonly string[];
	categories: readonly string[];
	/** A category id to sort by, or null for the given group order. */
	sortBy: string | null;
	width: number;
	/** Groups pinned last whatever the sort (the national reference). */
	pinned?: readonly string[];
	/** Room for the bar labels on the left, in pixels. */
	labelWidth?: number;
}

export const STACK_MARGIN = { top: 4, right: 12, bottom: 24, left: 120 };
const BAR = 34;

/** Segments with x, width and y per bar; height follows the number of bars. */
export function stackedShareLayout(input: StackedInput) {
	const { cells, groups, categories, sortBy, width, pinned = [] } = input;
	const left = input.labelWidth ?? STACK_MARGIN.left;
	const share = (g: string, k: string) =>
		cells.find((c) => c.grp === g && c.category === k)?.share ?? 0;
	const order = sortBy ? [sortBy, ...categories.filter((k) => k !== sortBy)] : [...categories];
	const free = groups.filter((g) => !pinned.includes(g));
	if (sortBy) free.sort((a, b) => share(b, sortBy) - share(a, sortBy));
	const bars = [...free, ...groups.filter((g) => pinned.includes(g))];
	const height = STACK_MARGIN.top + STACK_MARGIN.bottom + bars.length * BAR;
	const plot = {
		left,
		right: Math.max(left + 10, width - STACK_MARGIN.right),
		top: STACK_MARGIN.top,
		bottom: height - STACK_MARGIN.bottom
	};
	const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
	const y = scaleBand().domain(bars).range([plot.top, plot.bottom]).padding(0.25);
	const rows = bars.map((grp) => {
		let acc = 0;
		const segments = order.map((category) => {
			const s = share(grp, category);
			const seg = {
				category,
				share: s,
				amount: cells.find((c) => c.grp === grp && c.category === category)?.amount ?? 0,
				x: x(acc),
				width: x(acc + s) - x(acc)
			};
			acc += s;
			return seg;
		});
		return { grp, y: y(grp) ?? 0, segments };
	});
	return {
		height,
		plot,
		bandwidth: y.bandwidth(),
		rows,
		xTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ x: x(v), value: v }))
	};
}
