/**
 * Months, the one time grain of the data: 'YYYY-MM' text (URL, SQL parameters), an ordinal that
 * steps by one per month (arithmetic, event time), and UTC milliseconds (chart x). Pure.
 */

/** The pattern of a well-formed month: four-digit year, two-digit month 01–12. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed 'YYYY-MM'. */
export function isMonth(text: string): boolean {
	return MONTH_PATTERN.test(text);
}

/** Months since January of year 0: 'YYYY-MM' → an integer that steps by one per month. */
export function monthOrdinal(month: string): number {
	const m = MONTH_PATTERN.exec(month);
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

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
	return monthOrdinal(to) - monthOrdinal(from);
}

/** Every month from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function monthRange(from: string, to: string): string[] {
	const a = monthOrdinal(from);
	return Array.from({ length: Math.max(0, monthOrdinal(to) - a + 1) }, (_, i) =>
		ordinalMonth(a + i)
	);
}

/** 'YYYY-MM' (or 'YYYY-MM-DD') → ms at 00:00 UTC on the first of the month. */
export function monthToMs(month: string): number {
	const [y, m] = month.split('-').map(Number);
	return Date.UTC(y ?? 1970, (m ?? 1) - 1, 1);
}

/** ms → 'YYYY-MM' of the UTC month it falls in. */
export function msToMonth(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
