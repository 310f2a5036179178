/**
 * Geometry of the funnel plot: rate per 10,000 orders against order volume (log scale), the
 * overall rate as a line, the 95 % and 99.8 % control limits as curves (clipped to the plot by the
 * component), and names for the points outside the limits where they fit without overlapping.
 * Pure: d3 computes, the component renders.
 */
import { line, scaleLinear, scaleLog } from 'd3';
import { FUNNEL_LEVELS, funnelBands } from '../../stats/funnel';

export interface FunnelPoint {
	code: string;
	cases: number;
	orders: number;
	/** Text of the point's label; only points with a name are candidates for labelling. */
	name?: string;
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
const CHAR_W = 6.2;
const LABEL_H = 13;

/** Computes axes, limit paths, point positions and non-overlapping labels. */
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
	const minN = shown.length ? Math.min(...shown.map((p) => p.orders)) : 1e4;
	const maxN = Math.max(...shown.map((p) => p.orders), minN * 10);
	const x = scaleLog()
		.domain([minN / 1.5, maxN * 1.5])
		.range([plot.left, plot.right]);
	const rates = shown.map((p) => (p.cases / p.orders) * 1e4);
	const target = theta * 1e4;
	const lo = Math.min(target, ...rates);
	const hi = Math.max(target, ...rates);
	const pad = Math.max(0.15 * (hi - lo), 0.05 * target, 1e-6);
	const y = scaleLinear()
		.domain([Math.max(0, lo - pad), hi + pad])
		.nice()
		.range([plot.bottom, plot.top]);
	const ns = Array.from({ length: STEPS + 1 }, (_, i) =>
		x.invert(plot.left + ((plot.right - plot.left) * i) / STEPS)
	);
	const bands = ns.map((n) => ({ n, bands: funnelBands(theta, n) }));
	const path = (pick: (b: (typeof bands)[number]) => number) =>
		line<(typeof bands)[number]>()
			.x((b) => x(b.n))
			.y((b) => y(pick(b) * 1e4))(bands) ?? '';
	const limits = FUNNEL_LEVELS.map((level, i) => ({
		level,
		upper: path((b) => b.bands[i]!.upper),
		lower: path((b) => b.bands[i]!.lower)
	}));
	const placed = shown.map((p) => ({ point: p, x: x(p.orders), y: y((p.cases / p.orders) * 1e4) }));
	const labels = placeLabels(placed, theta, plot);
	return {
		plot,
		limits,
		target: { y: y(target), rate: target },
		points: placed.map((p) => ({ ...p, label: labels.get(p.point.code) ?? null })),
		xTicks: x
			.ticks(6)
			.filter((v) => Number.isInteger(Math.log10(v)))
			.map((v) => ({ x: x(v), value: v })),
		yTicks: y.ticks(5).map((v) => ({ y: y(v), value: v })),
		x,
		y
	};
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy labels, most extreme point first (largest |z| against the target): to the right of the
 * point, else to the left, else none (the point keeps its accessible name and tooltip).
 */
export function placeLabels(
	points: readonly { point: FunnelPoint; x: number; y: number }[],
	theta: number,
	plot: { left: number; right: number }
): Map<string, { dx: number; anchor: 'start' | 'end' }> {
	const z = (p: FunnelPoint) =>
		theta > 0 ? Math.abs(p.cases / p.orders - theta) / Math.sqrt(theta / p.orders) : 0;
	const taken: Box[] = points.map((p) => ({ x0: p.x - 4, x1: p.x + 4, y0: p.y - 4, y1: p.y + 4 }));
	const out = new Map<string, { dx: number; anchor: 'start' | 'end' }>();
	const candidates = points.filter((p) => p.point.name).sort((a, b) => z(b.point) - z(a.point));
	for (const p of candidates) {
		const w = (p.point.name?.length ?? 0) * CHAR_W;
		const y0 = p.y - LABEL_H / 2;
		const right = { x0: p.x + 7, x1: p.x + 7 + w, y0, y1: y0 + LABEL_H };
		const left = { x0: p.x - 7 - w, x1: p.x - 7, y0, y1: y0 + LABEL_H };
		const fits = (b: Box) =>
			b.x0 >= plot.left && b.x1 <= plot.right && !taken.some((t) => overlaps(t, b));
		if (fits(right)) {
			taken.push(right);
			out.set(p.point.code, { dx: 7, anchor: 'start' });
		} else if (fits(left)) {
			taken.push(left);
			out.set(p.point.code, { dx: -7, anchor: 'end' });
		}
	}
	return out;
}
