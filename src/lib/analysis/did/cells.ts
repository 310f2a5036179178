/**
 * Group-time effects ATT(g, t) (Callaway & Sant'Anna 2021, no covariates): for the places that
 * joined in g, the change from their base to month t, minus the same change for the comparison
 * places, with each estimate's influence function over all places (the bootstrap's input).
 */
import type { DidOptions } from './options';
import type { DidPanel } from './panel';
import type { OutcomeSeries } from './outcome-series';
import type { JoiningGroup } from './groups';
import type { NotEstimable } from './reasons';

export interface GroupTimeCell {
	readonly g: number;
	readonly t: number;
	/** Event time t − g. */
	readonly e: number;
	readonly treated: number;
	readonly controls: number;
	/** The estimate and its influence function (ATT̂ − ATT ≈ mean of psi), or null. */
	readonly att: number | null;
	readonly psi: Float64Array | null;
	readonly reasons: readonly NotEstimable[];
}

/** Base periods of cell (g, t): the `baseMonths` months before g, or before t ('varying'). */
export function basePeriods(g: number, t: number, options: DidOptions): [number, number] {
	const end = t < g && options.preBase === 'varying' ? t : g;
	return [end - options.baseMonths, end - 1];
}

/** Every cell of a group, one per period of the panel. */
export function groupCells(
	panel: DidPanel,
	series: OutcomeSeries,
	group: JoiningGroup,
	options: DidOptions
): GroupTimeCell[] {
	const T = panel.periods.length;
	const n = panel.places.length;
	const cells: GroupTimeCell[] = [];
	const stats = cellStats(series, n, T);
	for (let t = 0; t < T; t++) {
		const e = t - group.g;
		const blank = (reasons: NotEstimable[], treated = 0, controls = 0): GroupTimeCell => ({
			g: group.g,
			t,
			e,
			treated,
			controls,
			att: null,
			psi: null,
			reasons
		});
		if (group.reasons.length) {
			cells.push(blank([...group.reasons]));
			continue;
		}
		const [b0, b1] = basePeriods(group.g, t, options);
		if (b0 < 0) {
			cells.push(
				blank([
					{
						code: 'few-pre-months',
						available: Math.max(0, b1 + 1),
						needed: options.baseMonths,
						byRange: false
					}
				])
			);
			continue;
		}
		const last = Math.max(t, b1);
		const treated: number[] = [];
		const controls: number[] = [];
		for (const i of group.units) if (stats.usable(i, t, b0, b1)) treated.push(i);
		for (let i = 0; i < n; i++) {
			const G = panel.group[i] ?? Infinity;
			const eligible =
				G === Infinity || (options.comparison === 'not-yet' && G > last && G !== group.g);
			if (eligible && stats.usable(i, t, b0, b1)) controls.push(i);
		}
		const reasons: NotEstimable[] = [];
		if (treated.length < options.minTreated) {
			const missing = group.units.filter((i) => !treated.includes(i));
			reasons.push(
				series.kind === 'linear' && missing.length > 0
					? {
							code: 'log-nonpositive',
							places: missing.length,
							months: stats.invalid(missing, t, b0, b1)
						}
					: { code: 'few-treated', n: treated.length, min: options.minTreated }
			);
		}
		if (controls.length === 0)
			reasons.push({ code: 'no-comparison', month: panel.periods[t] ?? '' });
		else if (controls.length < options.minControls) {
			reasons.push({ code: 'few-controls', n: controls.length, min: options.minControls });
		}
		if (reasons.length) {
			cells.push(blank(reasons, treated.length, controls.length));
			continue;
		}
		const psi = new Float64Array(n);
		const a = stats.side(treated, t, b0, b1, n, psi, 1);
		const c = stats.side(controls, t, b0, b1, n, psi, -1);
		if (typeof a === 'object' || typeof c === 'object') {
			cells.push(
				blank([typeof a === 'object' ? a : (c as NotEstimable)], treated.length, controls.length)
			);
			continue;
		}
		cells.push({
			g: group.g,
			t,
			e,
			treated: treated.length,
			controls: controls.length,
			att: a - c,
			psi,
			reasons: []
		});
	}
	return cells;
}

interface CellStats {
	usable(i: number, t: number, b0: number, b1: number): boolean;
	/** Place-months of `units` in the base and at t that cannot be used. */
	invalid(units: readonly number[], t: number, b0: number, b1: number): number;
	/** One side's change from base to t; adds sign × its influence to psi. A reason if undefined. */
	side(
		units: readonly number[],
		t: number,
		b0: number,
		b1: number,
		n: number,
		psi: Float64Array,
		sign: 1 | -1
	): number | NotEstimable;
}

function cellStats(series: OutcomeSeries, n: number, T: number): CellStats {
	if (series.kind === 'linear') {
		const { y } = series;
		const base = (i: number, b0: number, b1: number) => {
			let s = 0;
			for (let p = b0; p <= b1; p++) s += y[i * T + p] ?? NaN;
			return s / (b1 - b0 + 1);
		};
		return {
			usable: (i, t, b0, b1) => Number.isFinite(y[i * T + t]) && Number.isFinite(base(i, b0, b1)),
			invalid(units, t, b0, b1) {
				let count = 0;
				for (const i of units) {
					for (let p = b0; p <= b1; p++) if (!Number.isFinite(y[i * T + p])) count++;
					if ((t < b0 || t > b1) && !Number.isFinite(y[i * T + t])) count++;
				}
				return count;
			},
			side(units, t, b0, b1, nAll, psi, sign) {
				const d = units.map((i) => (y[i * T + t] ?? NaN) - base(i, b0, b1));
				const mean = d.reduce((s, v) => s + v, 0) / d.length;
				const k = nAll / d.length;
				units.forEach((i, j) => (psi[i] = sign * k * ((d[j] ?? 0) - mean)));
				return mean;
			}
		};
	}
	const { num, den, log } = series;
	const sum = (arr: Float64Array, i: number, b0: number, b1: number) => {
		let s = 0;
		for (let p = b0; p <= b1; p++) s += arr[i * T + p] ?? 0;
		return s;
	};
	return {
		usable: () => true,
		invalid: () => 0,
		side(units, t, b0, b1, nAll, psi, sign) {
			const m = units.length;
			const at = units.map((i) => num[i * T + t] ?? 0);
			const bt = units.map((i) => den[i * T + t] ?? 0);
			const aB = units.map((i) => sum(num, i, b0, b1));
			const bB = units.map((i) => sum(den, i, b0, b1));
			const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / m;
			const [At, Bt, AB, BB] = [mean(at), mean(bt), mean(aB), mean(bB)];
			if (!(Bt > 0) || !(BB > 0)) return { code: 'zero-denominator' };
			if (log && (!(At > 0) || !(AB > 0))) return { code: 'zero-sum-log' };
			const k = nAll / m;
			const Rt = At / Bt;
			const RB = AB / BB;
			units.forEach((i, j) => {
				const phi = log
					? ((at[j] ?? 0) - At) / At -
						((bt[j] ?? 0) - Bt) / Bt -
						((aB[j] ?? 0) - AB) / AB +
						((bB[j] ?? 0) - BB) / BB
					: ((at[j] ?? 0) - Rt * (bt[j] ?? 0)) / Bt - ((aB[j] ?? 0) - RB * (bB[j] ?? 0)) / BB;
				psi[i] = sign * k * phi;
			});
			return log ? Math.log(Rt) - Math.log(RB) : Rt - RB;
		}
	};
}
