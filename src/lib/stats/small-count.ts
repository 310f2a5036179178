/**
 * When a rate is too uncertain to show as a number. A rate from fewer than 20 cases has a relative
 * standard error of 1/√20 ≈ 22 % or more: the threshold the US National Center for Health
 * Statistics uses before it calls a rate unreliable. Fewer than 10,000 orders means one case alone
 * moves the rate by more than 1 per 10,000.
 */

export const MIN_CASES = 20;
export const MIN_ORDERS = 10_000;

/** True when the rate should read "too few to rate" rather than a number. */
export function tooFewToRate(cases: number, orders: number): boolean {
	return !(cases >= MIN_CASES) || !(orders >= MIN_ORDERS);
}
