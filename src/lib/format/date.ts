/** Month and date labels per locale: Mar 2021 / 2021年3月; 1 Jan 2019 / 2019年1月1日. */
import type { Locale } from './number';

const MONTHS_EN = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y ?? NaN, m ?? 1, d ?? 1];
}

/** 'YYYY-MM' or 'YYYY-MM-DD' → 'Mar 2021' / '2021年3月'. */
export function formatMonth(iso: string, locale: Locale = 'en'): string {
	const [y, m] = parts(iso);
	return locale === 'zh' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** A dated event at the precision its source gives: '1 Jan 2019' or 'Mar 2021'. */
export function formatDate(iso: string, precision: 'day' | 'month', locale: Locale = 'en'): string {
	if (precision === 'month') return formatMonth(iso, locale);
	const [y, m, d] = parts(iso);
	return locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** 'YYYY-MM-DD' (or 'YYYY-MM') → a UTC Date at the start of that day or month. */
export function isoToUtc(iso: string): Date {
	const [y, m, d] = parts(iso);
	return new Date(Date.UTC(y, m - 1, d));
}
