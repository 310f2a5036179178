/**
 * Geometry of a multi-series line chart over months or event time: scales, line paths with gaps
 * where a value is missing, ticks, and the nearest x for a pointer. Pure.
 */
import { extent, line, scaleLinear, scaleUtc, utcYear } from 'd3';

export interface SeriesInput {
	readonly id: string;
	readonly points: readonly { readonly x: number; readonly y: number | null }[];
}

export interface TimeSeriesLayoutInput {
	readonly series: readonly SeriesInput[];
	readonly xKind: 'time' | 'linear';
	readonly width: number;
	readonly height: number;
	/** A y value that must be in view (0 for absolute values, 100 for an index). */
	readonly yInclude?: number;
	readonly yTickFormat: (v: number) => string;
	readonly xTickFormat?: (v: number) => string;
	readonly margin?: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_MARGIN = { top: 30, right: 16, bottom: 30, left: 64 };

/** Scales, paths and ticks for the visible series. */
export function timeSeriesLayout(input: TimeSeriesLayoutInput) {
	const margin = input.margin ?? DEFAULT_MARGIN;
	const plot = {
		left: margin.left,
		right: Math.max(margin.left + 10, input.width - margin.right),
		top: margin.top,
		bottom: input.height - margin.bottom
	};
	const xs = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.x)))].sort(
		(a, b) => a - b
	);
	const ys = input.series
		.flatMap((s) => s.points.map((p) => p.y))
		.filter((y): y is number => y !== null);
	if (input.yInclude !== undefined) ys.push(input.yInclude);
	const [x0, x1] = extent(xs) as [number | undefined, number | undefined];
	const [y0, y1] = extent(ys) as [number | undefined, number | undefined];
	const xDomain: [number, number] = [x0 ?? 0, x1 === x0 ? (x0 ?? 0) + 1 : (x1 ?? 1)];
	const x =
		input.xKind === 'time'
			? scaleUtc()
					.domain(xDomain.map((v) => new Date(v)))
					.range([plot.left, plot.right])
			: scaleLinear().domain(xDomain).range([plot.left, plot.right]);
	const y = scaleLinear()
		.domain([y0 ?? 0, y1 === y0 ? (y0 ?? 0) + 1 : (y1 ?? 1)])
		.nice()
		.range([plot.bottom, plot.top]);
	const px = (v: number) =>
		(x as (v: number | Date) => number)(input.xKind === 'time' ? new Date(v) : v);
	const path = line<{ x: number; y: number | null }>()
		.defined((p) => p.y !== null)
		.x((p) => px(p.x))
		.y((p) => y(p.y ?? 0));
	const xTicks =
		input.xKind === 'time'
			? (x as ReturnType<typeof scaleUtc>)
					.ticks(utcYear.every(input.width < 560 ? 2 : 1)!)
					.map((d) => ({ x: px(d.getTime()), label: String(d.getUTCFullYear()) }))
			: (x as ReturnType<typeof scaleLinear>).ticks(input.width < 560 ? 6 : 12).map((v) => ({
					x: px(v),
					label: input.xTickFormat ? input.xTickFormat(v) : String(v)
				}));
	return {
		plot,
		xs,
		px,
		y,
		xInvert: (pixel: number) => {
			const v = (x.invert(pixel) as number | Date).valueOf();
			return xs.reduce(
				(best, cur) => (Math.abs(cur - v) < Math.abs(best - v) ? cur : best),
				xs[0] ?? 0
			);
		},
		lines: input.series.map((s) => ({ id: s.id, d: path([...s.points]) ?? '' })),
		xTicks,
		yTicks: y.ticks(5).map((v) => ({ y: y(v), label: input.yTickFormat(v) }))
	};
}

export type TimeSeriesLayout = ReturnType<typeof timeSeriesLayout>;
