/**
 * Geometry of a monthly line chart with one line per series and dated rules (e.g. the March 2021
 * notice). Pure: d3 computes, the component renders.
 */
import { line, scaleLinear, scaleUtc, utcMonth, utcYear } from 'd3';
import { isoToUtc } from '../../format/date';

export interface TrendPoint {
	month: string;
	series: string;
	value: number | null;
}

export interface TrendInput {
	points: readonly TrendPoint[];
	seriesOrder: readonly string[];
	rules: readonly { id: string; date: string }[];
	width: number;
	height: number;
}

export const TREND_MARGIN = { top: 16, right: 16, bottom: 28, left: 52 };

/** Lines, ticks, rules and a month lookup for the cursor. */
export function trendLayout({ points, seriesOrder, rules, width, height }: TrendInput) {
	const plot = {
		left: TREND_MARGIN.left,
		right: Math.max(TREND_MARGIN.left + 10, width - TREND_MARGIN.right),
		top: TREND_MARGIN.top,
		bottom: height - TREND_MARGIN.bottom
	};
	const months = [...new Set(points.map((p) => p.month))].sort();
	const first = isoToUtc(months[0] ?? '2016-01');
	const last = isoToUtc(months.at(-1) ?? '2016-01');
	const x = scaleUtc()
		.domain([first, last > first ? last : utcMonth.offset(first, 1)])
		.range([plot.left, plot.right]);
	const values = points.map((p) => p.value).filter((v): v is number => v !== null);
	const y = scaleLinear()
		.domain([0, Math.max(1e-9, ...values)])
		.nice()
		.range([plot.bottom, plot.top]);
	const byKey = new Map(points.map((p) => [`${p.series}|${p.month}`, p.value]));
	const valueAt = (series: string, month: string) => byKey.get(`${series}|${month}`) ?? null;
	const lines = seriesOrder
		.filter((s) => points.some((p) => p.series === s))
		.map((series) => ({
			series,
			d:
				line<string>()
					.defined((m) => valueAt(series, m) !== null)
					.x((m) => x(isoToUtc(m)))
					.y((m) => y(valueAt(series, m) ?? 0))(months) ?? ''
		}));
	const yearStep = width < 520 ? 2 : 1;
	return {
		plot,
		months,
		lines,
		valueAt,
		monthX: (i: number) => x(isoToUtc(months[i] ?? '2016-01')),
		monthIndexAt: (px: number) => {
			const t = x.invert(px).getTime();
			let best = 0;
			months.forEach((m, i) => {
				if (Math.abs(isoToUtc(m).getTime() - t) < Math.abs(isoToUtc(months[best]!).getTime() - t))
					best = i;
			});
			return best;
		},
		rules: rules.map((r) => ({ id: r.id, x: x(isoToUtc(r.date)) })),
		xTicks: x
			.ticks(utcYear.every(yearStep)!)
			.map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) })),
		yTicks: y.ticks(5).map((v) => ({ y: y(v), value: v })),
		y
	};
}
