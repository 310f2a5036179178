/**
 * The city league table and funnel plot from per-city sums: each city's rate with its exact
 * Poisson 95 % interval, the small-count flag, and where it sits against the funnel limits
 * around the overall rate (Σ cases / Σ orders over every city shown, not an average of rates).
 */
import { funnelPosition, type FunnelPosition } from './funnel';
import { rateInterval, type Interval } from './poisson';
import { tooFewToRate } from './small-count';

export interface CityCounts {
	code: string;
	cases: number;
	orders: number;
}

export interface LeagueEntry<T extends CityCounts> {
	city: T;
	/** Cases per 10,000 orders; null when there are no orders. */
	rate: number | null;
	interval: Interval | null;
	tooFew: boolean;
	/** Position against the 95 % and 99.8 % limits. */
	at95: FunnelPosition;
	at998: FunnelPosition;
}

/** The overall rate per order: Σ cases / Σ orders. */
export function overallRate(cities: readonly CityCounts[]): number {
	const cases = cities.reduce((s, c) => s + c.cases, 0);
	const orders = cities.reduce((s, c) => s + c.orders, 0);
	return orders > 0 ? cases / orders : 0;
}

/** One entry per city with orders, highest rate first; too-few cities last, by orders. */
export function league<T extends CityCounts>(cities: readonly T[]): LeagueEntry<T>[] {
	const theta = overallRate(cities);
	const entries = cities
		.filter((c) => c.orders > 0)
		.map((city) => ({
			city,
			rate: (city.cases / city.orders) * 10_000,
			interval: rateInterval(city.cases, city.orders),
			tooFew: tooFewToRate(city.cases, city.orders),
			at95: theta > 0 ? funnelPosition(city.cases, city.orders, theta, 0.95) : 'within',
			at998: theta > 0 ? funnelPosition(city.cases, city.orders, theta, 0.998) : 'within'
		}));
	return entries.sort(
		(a, b) =>
			Number(a.tooFew) - Number(b.tooFew) ||
			(a.tooFew ? b.city.orders - a.city.orders : (b.rate ?? 0) - (a.rate ?? 0)) ||
			a.city.code.localeCompare(b.city.code)
	);
}
