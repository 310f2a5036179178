/** The sample's months, and the Spring Festival dates that move its seasonal dip. */
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '../../src/lib/schema';

/** One month of the sample. */
export interface Month {
	/** 0 for the first month of the sample. */
	readonly index: number;
	readonly year: number;
	/** 1–12 */
	readonly month: number;
	/** 'YYYY-MM-01', as the DATE columns hold it. */
	readonly date: string;
}

const FIRST_YEAR = Number(SAMPLE_FIRST_MONTH.slice(0, 4));
const FIRST_MONTH = Number(SAMPLE_FIRST_MONTH.slice(5, 7));

/** Months since the sample's first month of a 'YYYY-MM…' string (negative before it). */
export function monthIndex(date: string): number {
	return (Number(date.slice(0, 4)) - FIRST_YEAR) * 12 + Number(date.slice(5, 7)) - FIRST_MONTH;
}

/** Every month from `SAMPLE_FIRST_MONTH` to `SAMPLE_LAST_MONTH`. */
export const MONTHS: readonly Month[] = Array.from(
	{ length: monthIndex(SAMPLE_LAST_MONTH) + 1 },
	(_, index) => {
		const total = FIRST_MONTH - 1 + index;
		const year = FIRST_YEAR + Math.floor(total / 12);
		const month = (total % 12) + 1;
		return { index, year, month, date: `${year}-${String(month).padStart(2, '0')}-01` };
	}
);

/** Calendar years of the sample. */
export const YEARS: readonly number[] = [...new Set(MONTHS.map((m) => m.year))];

/** Chinese New Year (first day of the Spring Festival), 2016–2025. */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
	2016: '2016-02-08',
	2017: '2017-01-28',
	2018: '2018-02-16',
	2019: '2019-02-05',
	2020: '2020-01-25',
	2021: '2021-02-12',
	2022: '2022-02-01',
	2023: '2023-01-22',
	2024: '2024-02-10',
	2025: '2025-01-29'
};

/** The month (1–12) of Chinese New Year in `year`. */
export function springFestivalMonth(year: number): number {
	const date = SPRING_FESTIVAL[year];
	if (date === undefined) throw new Error(`no Spring Festival date for ${year}`);
	return Number(date.slice(5, 7));
}
