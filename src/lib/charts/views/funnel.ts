/**
 * The funnel plot in data units: the domains (orders on a log scale, cases per 10,000 orders),
 * the 95 % and 99.8 % control limits sampled along the orders axis as tidy rows for the Line mark,
 * the decades the x axis labels, and the cities in order of how far they lie from the overall
 * rate (the most extreme are labelled first). Pure; the marks draw it.
 */
import { FUNNEL_LEVELS, funnelBands } from '../../stats/funnel';

export interface FunnelCity {
	readonly code: string;
	readonly cases: number;
	readonly orders: number;
}

export interface LimitPoint {
	/** `${level}-${side}`: one line each. */
	readonly line: string;
	readonly level: number;
	readonly orders: number;
	/** Per 10,000 orders. */
	readonly rate: number;
}

const PER = 1e4;
export const ratePer10k = (c: FunnelCity) => (c.cases / c.orders) * PER;

/** The orders (log) and rate domains: every city and the overall rate in view, with room. */
export function funnelDomains(cities: readonly FunnelCity[], theta: number) {
	const shown = cities.filter((c) => c.orders > 0);
	const minN = shown.length ? Math.min(...shown.map((c) => c.orders)) : 1e4;
	const maxN = Math.max(...shown.map((c) => c.orders), minN * 10);
	const target = theta * PER;
	const rates = shown.map(ratePer10k);
	const lo = Math.min(target, ...rates);
	const hi = Math.max(target, ...rates);
	const pad = Math.max(0.15 * (hi - lo), 0.05 * target, 1e-6);
	return {
		x: [minN / 1.5, maxN * 1.5] as [number, number],
		y: [Math.max(0, lo - pad), hi + pad] as [number, number]
	};
}

/** Both limits at both levels, at `steps` + 1 volumes spread evenly on the log axis. */
export function limitCurves(theta: number, x: readonly [number, number], steps = 80): LimitPoint[] {
	const [l0, l1] = [Math.log10(x[0]), Math.log10(x[1])];
	return Array.from({ length: steps + 1 }, (_, i) => 10 ** (l0 + ((l1 - l0) * i) / steps)).flatMap(
		(orders) =>
			funnelBands(theta, orders, FUNNEL_LEVELS).flatMap((b) => [
				{ line: `${b.level}-upper`, level: b.level, orders, rate: b.upper * PER },
				{ line: `${b.level}-lower`, level: b.level, orders, rate: b.lower * PER }
			])
	);
}

/** Powers of ten inside the orders domain (the axis labels only decades). */
export function decades(x: readonly [number, number]): number[] {
	const out: number[] = [];
	for (let e = Math.ceil(Math.log10(x[0])); 10 ** e <= x[1]; e++) out.push(10 ** e);
	return out;
}

/** Cities by their distance from the overall rate in standard errors, the farthest first. */
export function byDistance<T extends FunnelCity>(cities: readonly T[], theta: number): T[] {
	const z = (c: T) =>
		theta > 0 && c.orders > 0
			? Math.abs(c.cases / c.orders - theta) / Math.sqrt(theta / c.orders)
			: 0;
	return [...cities].sort((a, b) => z(b) - z(a));
}
