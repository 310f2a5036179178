/**
 * Geometry of the funnel plot: rate per 10,000 orders against order volume (log scale), the
 * overall rate as a line, and the 95 % and 99.8 % control limits as curves. Pure: d3 computes,
 * the component renders.
 */
import { line, scaleLinear, scaleLog } from 'd3';
import { FUNNEL_LEVELS, funnelBands } from '../../stats/funnel';

export interface FunnelPoint {
	code: string;
	cases: number;
	orders: number;
}

export interface FunnelInput<T extends FunnelPoint> {
	points: readonly T[];
	/** Overall rate per order (Σ cases / Σ orders). */
	theta: number;
	width: number;
	height: number;
}

export const FUNNEL_MARGIN = { top: 12, right: 16, bottom: 40, left: 52 };
const STEPS = 80;

/** Computes axes, limit paths and point positions. */
export function funnelLayout<T extends FunnelPoint>({
	points,
	theta,
	width,
	height
}: FunnelInput<T>) {
	const plot = {
		left: FUNNEL_MARGIN.left,
		right: Math.max(FUNNEL_MARGIN.left + 10, width - FUNNEL_MARGIN.right),
		top: FUNNEL_MARGIN.top,
		bottom: height - FUNNEL_MARGIN.bottom
	};
	const shown = points.filter((p) => p.orders > 0);
	const minN = Math.min(...shown.map((p) => p.orders), 1e4);
	const maxN = Math.max(...shown.map((p) => p.orders), minN * 10);
	const x = scaleLog()
		.domain([minN / 1.5, maxN * 1.5])
		.range([plot.left, plot.right]);
	const ns = Array.from({ length: STEPS + 1 }, (_, i) =>
		x.invert(plot.left + ((plot.right - plot.left) * i) / STEPS)
	);
	const bands = ns.map((n) => ({ n, bands: funnelBands(theta, n) }));
	const rates = shown.map((p) => (p.cases / p.orders) * 1e4);
	const upperAtMin = (bands[0]?.bands.at(-1)?.upper ?? theta) * 1e4;
	const yMax = Math.max(
		theta * 1e4 * 2,
		...rates,
		Math.min(upperAtMin, Math.max(...rates, theta * 1e4) * 1.5)
	);
	const y = scaleLinear().domain([0, yMax]).nice().range([plot.bottom, plot.top]).clamp(true);
	const path = (pick: (b: (typeof bands)[number]) => number) =>
		line<(typeof bands)[number]>()
			.x((b) => x(b.n))
			.y((b) => y(pick(b) * 1e4))(bands) ?? '';
	const limits = FUNNEL_LEVELS.map((level, i) => ({
		level,
		upper: path((b) => b.bands[i]!.upper),
		lower: path((b) => b.bands[i]!.lower)
	}));
	return {
		plot,
		limits,
		target: { y: y(theta * 1e4), rate: theta * 1e4 },
		points: shown.map((p) => ({ point: p, x: x(p.orders), y: y((p.cases / p.orders) * 1e4) })),
		xTicks: x
			.ticks(6)
			.filter((v) => Number.isInteger(Math.log10(v)))
			.map((v) => ({ x: x(v), value: v })),
		yTicks: y.ticks(5).map((v) => ({ y: y(v), value: v })),
		x,
		y
	};
}
