/**
 * Calibration of monthly totals to annual targets with a smooth multiplier, so the sample hits
 * each year's target without a step at every new year.
 */

/**
 * Monthly multipliers f such that Σ_{months of year y} f·raw = target[y] for every year. log f is
 * piecewise linear between knots at mid-year (flat before the first and after the last), and the
 * knots are found by fixed-point iteration; a last exact per-year factor removes what is left.
 */
export function smoothMultipliers(raw: Float64Array, targets: readonly number[]): Float64Array {
	const years = targets.length;
	if (raw.length !== years * 12) throw new Error('calibration: raw must have 12 months per year');
	const knots = targets.map((t, y) => {
		const sum = yearSum(raw, y);
		if (!(sum > 0)) throw new Error(`calibration: year ${y} has no value to scale`);
		return Math.log(t / sum);
	});
	const f = new Float64Array(raw.length);
	const fill = () => {
		for (let t = 0; t < raw.length; t++) f[t] = Math.exp(interpolate(knots, (t - 5.5) / 12));
	};
	for (let iter = 0; iter < 200; iter++) {
		fill();
		let worst = 0;
		for (let y = 0; y < years; y++) {
			const ratio = (targets[y] ?? 0) / yearSum(raw, y, f);
			knots[y] = (knots[y] ?? 0) + Math.log(ratio);
			worst = Math.max(worst, Math.abs(ratio - 1));
		}
		if (worst < 1e-12) break;
	}
	fill();
	for (let y = 0; y < years; y++) {
		const ratio = (targets[y] ?? 0) / yearSum(raw, y, f);
		for (let t = y * 12; t < y * 12 + 12; t++) f[t] = (f[t] ?? 0) * ratio;
	}
	return f;
}

function yearSum(raw: Float64Array, y: number, f?: Float64Array): number {
	let s = 0;
	for (let t = y * 12; t < y * 12 + 12; t++) s += (raw[t] ?? 0) * (f ? (f[t] ?? 0) : 1);
	return s;
}

/** Linear interpolation of knots placed at 0, 1, 2 … at position x, flat outside. */
function interpolate(knots: readonly number[], x: number): number {
	if (x <= 0) return knots[0] ?? 0;
	const last = knots.length - 1;
	if (x >= last) return knots[last] ?? 0;
	const i = Math.floor(x);
	const w = x - i;
	return (knots[i] ?? 0) * (1 - w) + (knots[i + 1] ?? 0) * w;
}
