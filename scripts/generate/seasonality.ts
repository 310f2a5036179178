/** The national seasonal pattern of retail imports. */
import { SEASON } from './assumptions';
import { springFestivalMonth } from './calendar';

/** Seasonal factor of a month (1–12) of `year`. */
export function seasonFactor(year: number, month: number): number {
	let f = 1;
	if (month === 6) f *= SEASON.june;
	if (month === 11) f *= SEASON.november;
	if (month === 12) f *= SEASON.december;
	if (month === springFestivalMonth(year)) f *= SEASON.springFestival;
	return f;
}
