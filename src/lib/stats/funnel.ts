/**
 * Funnel-plot control limits for rates (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24, 2005): around a target rate θ, the limits at exposure n
 * are Poisson quantiles of θ·n, interpolated so that they vary smoothly with n (his appendix
 * A.1.1), divided by n. Units outside the limits differ from the target by more than chance.
 */
import { poissonCdf, poissonQuantile } from './poisson';

/** Two-sided levels drawn: 95 % (about 2 s.d.) and 99.8 % (about 3 s.d.). */
export const FUNNEL_LEVELS = [0.95, 0.998] as const;

/** The p-th limit, as a rate per unit of exposure, for target rate θ and exposure n. */
export function funnelLimit(p: number, theta: number, n: number): number {
	const lambda = theta * n;
	if (!(n > 0) || !(lambda > 0)) return theta;
	const y = poissonQuantile(p, lambda);
	const at = poissonCdf(y, lambda);
	const below = poissonCdf(y - 1, lambda);
	const alpha = at > below ? (at - p) / (at - below) : 0;
	return (y - alpha) / n;
}

export interface FunnelBand {
	level: number;
	lower: number;
	upper: number;
}

/** Lower and upper limits at exposure n for each level. */
export function funnelBands(
	theta: number,
	n: number,
	levels: readonly number[] = FUNNEL_LEVELS
): FunnelBand[] {
	return levels.map((level) => ({
		level,
		lower: Math.max(0, funnelLimit((1 - level) / 2, theta, n)),
		upper: funnelLimit(1 - (1 - level) / 2, theta, n)
	}));
}

export type FunnelPosition = 'above' | 'below' | 'within';

/** Where a unit with `cases` over `n` sits against the limits at `level`. */
export function funnelPosition(
	cases: number,
	n: number,
	theta: number,
	level: number
): FunnelPosition {
	const [band] = funnelBands(theta, n, [level]);
	const rate = cases / n;
	if (!band) return 'within';
	if (rate > band.upper) return 'above';
	if (rate < band.lower) return 'below';
	return 'within';
}
