/**
 * An independent difference-in-differences reference for the estimator's tests, written from the
 * definitions and NOT from src/lib/analysis/did: long-format records, explicit 2×2 cell means,
 * an OLS of each cell's change on a treated dummy (whose robust standard error must equal the
 * estimator's influence-function one), explicit size-weighted aggregations, and a two-way
 * fixed-effects regression with dummy variables solved by Gaussian elimination.
 */

export interface LongRecord {
	readonly id: string;
	/** Period number (consecutive integers). */
	readonly period: number;
	readonly y: number;
	/** Joining period; null for never. */
	readonly joined: number | null;
}

export interface CellSpec {
	readonly g: number;
	readonly t: number;
	/** Base = mean of y over these periods. */
	readonly base: readonly number[];
	readonly comparison: 'never' | 'not-yet';
}

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** y of one unit in one period (undefined if absent). */
function lookup(records: readonly LongRecord[]) {
	const m = new Map(records.map((r) => [`${r.id}|${r.period}`, r.y]));
	return (id: string, p: number) => m.get(`${id}|${p}`);
}

/** Units by id with their joining period. */
function unitsOf(records: readonly LongRecord[]) {
	return [...new Map(records.map((r) => [r.id, r.joined])).entries()].map(([id, joined]) => ({
		id,
		joined
	}));
}

/** The 2×2 cell: treated and comparison changes from base to t, their means and the DiD. */
export function cell2x2(records: readonly LongRecord[], spec: CellSpec) {
	const y = lookup(records);
	const lastBase = Math.max(...spec.base);
	const change = (id: string) => {
		const base = spec.base.map((p) => y(id, p));
		const now = y(id, spec.t);
		if (now === undefined || base.some((b) => b === undefined)) return undefined;
		return now - mean(base as number[]);
	};
	const treated: number[] = [];
	const control: number[] = [];
	for (const u of unitsOf(records)) {
		const isTreated = u.joined === spec.g;
		const isControl =
			u.joined === null ||
			(spec.comparison === 'not-yet' &&
				u.joined > Math.max(spec.t, lastBase) &&
				u.joined !== spec.g);
		const d = change(u.id);
		if (d === undefined) continue;
		if (isTreated) treated.push(d);
		else if (isControl) control.push(d);
	}
	return { treated, control, att: mean(treated) - mean(control) };
}

/**
 * OLS of the cell's changes on [1, treated]: the slope is the DiD; its heteroskedasticity-robust
 * (HC0) standard error. Normal equations written out for two regressors.
 */
export function regression2x2(treated: readonly number[], control: readonly number[]) {
	const rows = [...treated.map((v) => [1, 1, v]), ...control.map((v) => [1, 0, v])] as [
		number,
		number,
		number
	][];
	let sxx00 = 0,
		sxx01 = 0,
		sxx11 = 0,
		sxy0 = 0,
		sxy1 = 0;
	for (const [a, d, v] of rows) {
		sxx00 += a * a;
		sxx01 += a * d;
		sxx11 += d * d;
		sxy0 += a * v;
		sxy1 += d * v;
	}
	const det = sxx00 * sxx11 - sxx01 * sxx01;
	const inv = [
		[sxx11 / det, -sxx01 / det],
		[-sxx01 / det, sxx00 / det]
	];
	const b0 = inv[0]![0]! * sxy0 + inv[0]![1]! * sxy1;
	const b1 = inv[1]![0]! * sxy0 + inv[1]![1]! * sxy1;
	// HC0 sandwich: (X'X)⁻¹ X' diag(e²) X (X'X)⁻¹, the slope's element.
	let m00 = 0,
		m01 = 0,
		m11 = 0;
	for (const [a, d, v] of rows) {
		const e2 = (v - b0 * a - b1 * d) ** 2;
		m00 += a * a * e2;
		m01 += a * d * e2;
		m11 += d * d * e2;
	}
	const r = inv[1]!;
	const variance = r[0]! * (m00 * r[0]! + m01 * r[1]!) + r[1]! * (m01 * r[0]! + m11 * r[1]!);
	return { slope: b1, se: Math.sqrt(variance) };
}

/** Σ w_k θ_k / Σ w_k. */
export function weightedMean(parts: readonly { theta: number; weight: number }[]) {
	const w = parts.reduce((s, p) => s + p.weight, 0);
	return parts.reduce((s, p) => s + (p.theta * p.weight) / w, 0);
}

/**
 * y = unit + period + β·joined by least squares with explicit dummies (the first unit and period
 * dropped), solved by Gauss–Jordan elimination; cluster-robust (by unit, CR1) standard error of β.
 */
export function twfeDummies(records: readonly LongRecord[]) {
	const ids = [...new Set(records.map((r) => r.id))];
	const periods = [...new Set(records.map((r) => r.period))].sort((a, b) => a - b);
	const k = 1 + (ids.length - 1) + (periods.length - 1) + 1;
	const row = (r: LongRecord) => {
		const x = new Array<number>(k).fill(0);
		x[0] = 1;
		const u = ids.indexOf(r.id);
		if (u > 0) x[u] = 1;
		const p = periods.indexOf(r.period);
		if (p > 0) x[ids.length - 1 + p] = 1;
		x[k - 1] = r.joined !== null && r.period >= r.joined ? 1 : 0;
		return x;
	};
	const X = records.map(row);
	const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const xty = new Array<number>(k).fill(0);
	X.forEach((x, n) => {
		for (let a = 0; a < k; a++) {
			if (x[a] === 0) continue;
			xty[a]! += x[a]! * records[n]!.y;
			for (let b = 0; b < k; b++) xtx[a]![b]! += x[a]! * x[b]!;
		}
	});
	const inv = invert(xtx);
	const beta = inv.map((r) => r.reduce((s, v, j) => s + v * xty[j]!, 0));
	const resid = X.map((x, n) => records[n]!.y - x.reduce((s, v, j) => s + v * beta[j]!, 0));
	// Meat: Σ_clusters (X_c' e_c)(X_c' e_c)'; only the β row of the sandwich is needed.
	const scores = new Map<string, number[]>();
	X.forEach((x, n) => {
		const s = scores.get(records[n]!.id) ?? new Array<number>(k).fill(0);
		for (let a = 0; a < k; a++) s[a]! += x[a]! * resid[n]!;
		scores.set(records[n]!.id, s);
	});
	const r = inv[k - 1]!;
	let variance = 0;
	for (const s of scores.values()) {
		const proj = s.reduce((acc, v, j) => acc + v * r[j]!, 0);
		variance += proj * proj;
	}
	variance *= ids.length / (ids.length - 1);
	return { beta: beta[k - 1]!, se: Math.sqrt(variance) };
}

function invert(m: number[][]): number[][] {
	const n = m.length;
	const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
		[a[c], a[p]] = [a[p]!, a[c]!];
		const d = a[c]![c]!;
		if (Math.abs(d) < 1e-12) throw new Error('singular design');
		for (let j = 0; j < 2 * n; j++) a[c]![j]! /= d;
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = a[r]![c]!;
			if (f !== 0) for (let j = 0; j < 2 * n; j++) a[r]![j]! -= f * a[c]![j]!;
		}
	}
	return a.map((row) => row.slice(n));
}
