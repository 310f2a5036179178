/** Months as 'YYYY-MM' text and as UTC milliseconds (chart x), and arithmetic on them. */

/** 'YYYY-MM' → ms at 00:00 UTC on the first of the month. */
export function monthToMs(month: string): number {
	const [y, m] = month.split('-').map(Number);
	return Date.UTC(y ?? 1970, (m ?? 1) - 1, 1);
}

/** ms → 'YYYY-MM' of the UTC month it falls in. */
export function msToMonth(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' shifted by n months. */
export function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number);
	return msToMonth(Date.UTC(y ?? 1970, (m ?? 1) - 1 + n, 1));
}
