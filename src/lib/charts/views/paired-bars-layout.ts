/** Geometry of grouped horizontal bars: one band per category, one bar per group inside it. */
import { scaleBand, scaleLinear } from 'd3';

export interface PairedBarsInput {
	readonly categories: readonly string[];
	readonly groups: readonly string[];
	readonly value: (category: string, group: string) => number | null;
	readonly width: number;
	readonly labelWidth: number;
	readonly rowHeight?: number;
}

/** Scales and bar rectangles; the x domain starts at zero and ends at the largest value. */
export function pairedBarsLayout(input: PairedBarsInput) {
	const rowHeight = input.rowHeight ?? 34;
	const height = input.categories.length * rowHeight + 24;
	const left = input.labelWidth;
	const right = Math.max(left + 20, input.width - 56);
	const y = scaleBand<string>()
		.domain(input.categories)
		.range([0, height - 24])
		.paddingInner(0.25);
	const inner = scaleBand<string>().domain(input.groups).range([0, y.bandwidth()]).padding(0.08);
	const max = Math.max(
		0,
		...input.categories.flatMap((c) => input.groups.map((g) => input.value(c, g) ?? 0))
	);
	const x = scaleLinear()
		.domain([0, max || 1])
		.nice()
		.range([left, right]);
	const bars = input.categories.flatMap((c) =>
		input.groups.map((g) => {
			const v = input.value(c, g);
			return {
				category: c,
				group: g,
				value: v,
				x: left,
				y: (y(c) ?? 0) + (inner(g) ?? 0),
				width: v === null ? 0 : x(v) - left,
				height: inner.bandwidth()
			};
		})
	);
	return {
		height,
		bars,
		rows: input.categories.map((c) => ({ category: c, y: (y(c) ?? 0) + y.bandwidth() / 2 })),
		ticks: x.ticks(5).map((v) => ({ x: x(v), value: v })),
		left,
		right,
		axisY: height - 20
	};
}
