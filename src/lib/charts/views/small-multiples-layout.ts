/**
 * Geometry of small multiples: one panel per category, share by year, one line per group. Each
 * panel has its own y scale (shares differ tenfold between categories); the x scale is shared. Pure.
 */
import { line, scaleLinear } from 'd3';

export interface YearShare {
	year: number;
	grp: string;
	category: string;
	share: number;
}

export interface MultiplesInput {
	rows: readonly YearShare[];
	categories: readonly string[];
	groups: readonly string[];
	width: number;
}

const PANEL_H = 120;
const GAP = 16;
const INNER = { top: 26, right: 8, bottom: 20, left: 36 };

/** Panels laid out in a grid that fits the width, each with its lines and ticks. */
export function smallMultiplesLayout({ rows, categories, groups, width }: MultiplesInput) {
	const columns = Math.max(1, Math.min(5, Math.floor((width + GAP) / (180 + GAP))));
	const panelW = (width - GAP * (columns - 1)) / columns;
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const x = scaleLinear()
		.domain([years[0] ?? 0, Math.max((years[0] ?? 0) + 1, years.at(-1) ?? 1)])
		.range([INNER.left, panelW - INNER.right]);
	const panels = categories.map((category, i) => {
		const mine = rows.filter((r) => r.category === category);
		const y = scaleLinear()
			.domain([0, Math.max(0.01, ...mine.map((r) => r.share))])
			.nice(3)
			.range([PANEL_H - INNER.bottom, INNER.top]);
		const lines = groups
			.map((grp) => {
				const pts = mine.filter((r) => r.grp === grp).sort((a, b) => a.year - b.year);
				return {
					grp,
					d:
						line<YearShare>()
							.x((r) => x(r.year))
							.y((r) => y(r.share))(pts) ?? '',
					points: pts.map((r) => ({ ...r, x: x(r.year), y: y(r.share) }))
				};
			})
			.filter((l) => l.points.length > 0);
		return {
			category,
			left: (i % columns) * (panelW + GAP),
			top: Math.floor(i / columns) * (PANEL_H + GAP),
			lines,
			yTicks: y.ticks(3).map((v) => ({ y: y(v), value: v }))
		};
	});
	const rowsOfPanels = Math.ceil(categories.length / columns);
	const step = years.length > 6 ? 3 : 1;
	return {
		panelW,
		panelH: PANEL_H,
		inner: INNER,
		height: rowsOfPanels * PANEL_H + (rowsOfPanels - 1) * GAP,
		panels,
		years,
		yearX: (year: number) => x(year),
		/** The year nearest a panel-local x, for the pointer. */
		yearAt: (px: number) =>
			years.reduce(
				(best, yr) => (Math.abs(x(yr) - px) < Math.abs(x(best) - px) ? yr : best),
				years[0] ?? 0
			),
		xTicks: years.filter((_, i) => i % step === 0).map((yr) => ({ x: x(yr), label: String(yr) }))
	};
}
