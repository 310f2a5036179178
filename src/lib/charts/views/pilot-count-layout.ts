/**
 * Geometry of the pilot-cities step chart: a stacked step area per phase, year ticks, count
 * ticks and the x of each policy event. Pure: d3 computes, the component renders.
 */
import { area, curveStepAfter, scaleLinear, scaleUtc, stack, utcMonth, utcYear } from 'd3';
import { isoToUtc } from '../../format/date';

export interface CountRow {
	month: string;
	phase: string;
	cities: number;
}

export interface StepLayoutInput {
	rows: readonly CountRow[];
	phaseOrder: readonly string[];
	events: readonly { id: string; date: string }[];
	width: number;
	height: number;
}

export const MARGIN = { top: 30, right: 16, bottom: 28, left: 44 };

export interface StepLayout {
	months: string[];
	layers: { phase: string; d: string; top: number[] }[];
	totals: number[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	events: { id: string; x: number; n: number }[];
	monthX: (i: number) => number;
	monthIndexAt: (px: number) => number;
	y: (v: number) => number;
	plot: { left: number; right: number; top: number; bottom: number };
}

/** Computes the chart's paths and guides for a width and height in pixels. */
export function pilotCountLayout(input: StepLayoutInput): StepLayout {
	const { rows, phaseOrder, events, width, height } = input;
	const months = [...new Set(rows.map((r) => r.month))].sort();
	const byMonth = new Map(months.map((m) => [m, new Map<string, number>()]));
	for (const r of rows) byMonth.get(r.month)?.set(r.phase, r.cities);
	const table = months.map((m) =>
		Object.fromEntries(phaseOrder.map((p) => [p, byMonth.get(m)?.get(p) ?? 0]))
	);
	const series = stack<Record<string, number>>().keys(phaseOrder)(table);
	const totals = table.map((t) => phaseOrder.reduce((s, p) => s + (t[p] ?? 0), 0));

	const plot = {
		left: MARGIN.left,
		right: Math.max(MARGIN.left + 10, width - MARGIN.right),
		top: MARGIN.top,
		bottom: height - MARGIN.bottom
	};
	const first = isoToUtc(months[0] ?? '2016-01');
	const end = utcMonth.offset(isoToUtc(months.at(-1) ?? '2016-01'), 1);
	const x = scaleUtc().domain([first, end]).range([plot.left, plot.right]);
	const y = scaleLinear()
		.domain([0, Math.max(1, ...totals)])
		.nice()
		.range([plot.bottom, plot.top]);

	const dates = [...months.map(isoToUtc), end];
	const shape = area<[number, number]>()
		.x((_, i) => x(dates[i]!))
		.y0((d) => y(d[0]))
		.y1((d) => y(d[1]))
		.curve(curveStepAfter);
	const layers = series.map((s) => {
		const points = s.map((d) => [d[0], d[1]] as [number, number]);
		const last = points.at(-1);
		if (last) points.push(last);
		return { phase: s.key, d: shape(points) ?? '', top: s.map((d) => d[1]) };
	});

	const yearStep = width < 520 ? 2 : 1;
	return {
		months,
		layers,
		totals,
		xTicks: x
			.ticks(utcYear.every(yearStep)!)
			.map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) })),
		yTicks: y.ticks(5).map((v) => ({ y: y(v), label: String(v) })),
		events: events.map((e, i) => ({ id: e.id, x: x(isoToUtc(e.date)), n: i + 1 })),
		monthX: (i) => x(dates[i] ?? end),
		monthIndexAt: (px) => {
			const t = x.invert(px);
			const idx = months.findIndex((m, i) => isoToUtc(m) <= t && t < (dates[i + 1] ?? end));
			return idx < 0 ? (px < plot.left ? 0 : months.length - 1) : idx;
		},
		y,
		plot
	};
}
