/** Month arithmetic on 'YYYY-MM' strings, for the slider and the rolling windows. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed 'YYYY-MM'. */
export function isMonth(text: string): boolean {
	return MONTH.test(text);
}

/** Months since January of year 0: 'YYYY-MM' → an integer that steps by one per month. */
export function monthOrdinal(month: string): number {
	const m = MONTH.exec(month);
	if (!m) throw new Error(`Not a month (YYYY-MM): ${month}`);
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The inverse of `monthOrdinal`. */
export function ordinalMonth(n: number): string {
	const year = Math.floor(n / 12);
	return `${year}-${String(n - year * 12 + 1).padStart(2, '0')}`;
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
	return ordinalMonth(monthOrdinal(month) + delta);
}

/** Every month from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function monthRange(from: string, to: string): string[] {
	const a = monthOrdinal(from);
	return Array.from({ length: Math.max(0, monthOrdinal(to) - a + 1) }, (_, i) =>
		ordinalMonth(a + i)
	);
}
