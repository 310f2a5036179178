/**
 * The naive two-way fixed-effects estimate, shown beside the group-time effects because it is what
 * a regression `y = place + month + β · joined` gives, and why it can mislead: with joining in
 * waves it also compares later joiners with places that joined earlier, and gives some treated
 * place-months negative weight (Goodman-Bacon 2021; de Chaisemartin & D'Haultfœuille 2020).
 * Fixed effects are swept out by alternating projections, so an unbalanced panel works. Pure.
 */
import type { DidPanel } from './panel';
import type { OutcomeSeries } from './outcome-series';
import { notEstimable, type Estimable } from './reasons';

export interface TwfeEstimate {
	readonly estimate: number;
	/** Clustered by place (CR1: × G / (G − 1)). */
	readonly se: number;
	readonly lower: number;
	readonly upper: number;
	readonly places: number;
	readonly observations: number;
	/** Treated place-months that the regression weights negatively, and their share of the weight. */
	readonly negativeWeights: { readonly cells: number; readonly of: number; readonly share: number };
}

const Z95 = 1.959963984540054;

/** TWFE on the places in `scope`; ratio outcomes use each place's ratio, weighted by its denominator. */
export function twfe(
	panel: DidPanel,
	series: OutcomeSeries,
	scope: (place: number) => boolean
): Estimable<TwfeEstimate> {
	const T = panel.periods.length;
	const obs: { i: number; t: number; y: number; w: number; d: number }[] = [];
	panel.places.forEach((_, i) => {
		if (!scope(i)) return;
		const G = panel.group[i] ?? Infinity;
		for (let t = 0; t < T; t++) {
			const k = i * T + t;
			let y: number;
			let w = 1;
			if (series.kind === 'linear') y = series.y[k] ?? NaN;
			else {
				const a = series.num[k] ?? 0;
				w = series.den[k] ?? 0;
				y = w > 0 ? (series.log ? (a > 0 ? Math.log(a / w) : NaN) : a / w) : NaN;
			}
			if (Number.isFinite(y) && w > 0) obs.push({ i, t, y, w, d: t >= G ? 1 : 0 });
		}
	});
	const places = new Set(obs.map((o) => o.i)).size;
	if (places < 2 || !obs.some((o) => o.d === 1) || !obs.some((o) => o.d === 0)) {
		return notEstimable({ code: 'no-variation' });
	}
	const y = Float64Array.from(obs, (o) => o.y);
	const d = Float64Array.from(obs, (o) => o.d);
	sweep(obs, panel.places.length, T, [y, d]);
	let sdd = 0;
	let sdy = 0;
	obs.forEach((o, k) => {
		sdd += o.w * (d[k] ?? 0) ** 2;
		sdy += o.w * (d[k] ?? 0) * (y[k] ?? 0);
	});
	if (!(sdd > 1e-10 * obs.length)) return notEstimable({ code: 'no-variation' });
	const beta = sdy / sdd;
	const score = new Float64Array(panel.places.length);
	let negative = 0;
	let treated = 0;
	let negWeight = 0;
	let allWeight = 0;
	obs.forEach((o, k) => {
		const dk = d[k] ?? 0;
		score[o.i] = (score[o.i] ?? 0) + o.w * dk * ((y[k] ?? 0) - beta * dk);
		if (o.d === 1) {
			treated++;
			allWeight += o.w * dk;
			if (dk < 0) {
				negative++;
				negWeight += o.w * dk;
			}
		}
	});
	let meat = 0;
	for (const s of score) meat += s * s;
	const se = Math.sqrt((meat * places) / (places - 1)) / sdd;
	return {
		ok: true,
		estimate: beta,
		se,
		lower: beta - Z95 * se,
		upper: beta + Z95 * se,
		places,
		observations: obs.length,
		negativeWeights: { cells: negative, of: treated, share: allWeight ? negWeight / allWeight : 0 }
	};
}

/** Removes place and period means (weighted) from each column until both are zero. */
function sweep(
	obs: readonly { i: number; t: number; w: number }[],
	n: number,
	T: number,
	columns: Float64Array[]
) {
	const wPlace = new Float64Array(n);
	const wPeriod = new Float64Array(T);
	for (const o of obs) {
		wPlace[o.i] = (wPlace[o.i] ?? 0) + o.w;
		wPeriod[o.t] = (wPeriod[o.t] ?? 0) + o.w;
	}
	for (const col of columns) {
		let scale = 0;
		for (const v of col) scale = Math.max(scale, Math.abs(v));
		const tolerance = Math.max(scale, 1e-300) * 1e-13;
		for (let iter = 0; iter < 1000; iter++) {
			const byPlace = new Float64Array(n);
			obs.forEach((o, k) => (byPlace[o.i] = (byPlace[o.i] ?? 0) + o.w * (col[k] ?? 0)));
			obs.forEach((o, k) => (col[k] = (col[k] ?? 0) - (byPlace[o.i] ?? 0) / (wPlace[o.i] ?? 1)));
			const byPeriod = new Float64Array(T);
			obs.forEach((o, k) => (byPeriod[o.t] = (byPeriod[o.t] ?? 0) + o.w * (col[k] ?? 0)));
			let worst = 0;
			obs.forEach((o, k) => {
				const m = (byPeriod[o.t] ?? 0) / (wPeriod[o.t] ?? 1);
				col[k] = (col[k] ?? 0) - m;
				worst = Math.max(worst, Math.abs(m));
			});
			if (worst < tolerance) break;
		}
	}
}
