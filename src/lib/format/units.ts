/**
 * The units a number is written in, per kind and locale: yuan steps by thousands in English
 * (¥ k, m, bn, trn) and by ten-thousands in Chinese (万元, 亿元, 万亿元). Pure data and one chooser.
 */
/** The interface languages numbers are written for. */
export type Locale = 'en' | 'zh';

/** A gap: never written as a zero. */
export const MISSING = '–';

/** What a column or axis holds; decides its unit, its sign and how a difference reads. */
export type NumberKind =
	'cny' | 'count' | 'share' | 'change' | 'rate' | 'index' | 'points' | 'plain';

export interface Unit {
	/** The value is divided by this before it is written. */
	readonly divisor: number;
	readonly prefix: string;
	readonly suffix: string;
}

const unit = (divisor: number, prefix: string, suffix: string): Unit => ({
	divisor,
	prefix,
	suffix
});

const CNY: Record<Locale, readonly Unit[]> = {
	en: [
		unit(1, '¥', ''),
		unit(1e3, '¥', ' k'),
		unit(1e6, '¥', ' m'),
		unit(1e9, '¥', ' bn'),
		unit(1e12, '¥', ' trn')
	],
	zh: [unit(1, '', '元'), unit(1e4, '', '万元'), unit(1e8, '', '亿元'), unit(1e12, '', '万亿元')]
};

/** Counts on an axis (tables write counts in full). */
const COUNT: Record<Locale, readonly Unit[]> = {
	en: [unit(1, '', ''), unit(1e3, '', ' k'), unit(1e6, '', ' m'), unit(1e9, '', ' bn')],
	zh: [unit(1, '', ''), unit(1e4, '', '万'), unit(1e8, '', '亿')]
};

const PERCENT = [unit(0.01, '', '%')];
const POINTS: Record<Locale, readonly Unit[]> = {
	en: [unit(0.01, '', ' pp')],
	zh: [unit(0.01, '', '个百分点')]
};
const NONE = [unit(1, '', '')];

/** The units a kind can be written in, smallest first. */
export function unitsOf(kind: NumberKind, locale: Locale, scaled = true): readonly Unit[] {
	switch (kind) {
		case 'cny':
			return CNY[locale];
		case 'count':
			return scaled ? COUNT[locale] : NONE;
		case 'share':
		case 'change':
			return PERCENT;
		case 'points':
			return POINTS[locale];
		default:
			return NONE;
	}
}

/**
 * The unit for a set of magnitudes: the largest in which the low value is at least 1 — moved up
 * one step when the high value would then need a whole step's worth of digits (¥1,210 m → ¥1.21
 * bn) and the low value still reads as at least 0.1 there.
 */
export function chooseUnit(units: readonly Unit[], low: number, high: number): Unit {
	let i = 0;
	while (i + 1 < units.length && low / units[i + 1]!.divisor >= 1) i++;
	const next = units[i + 1];
	const step = next ? next.divisor / units[i]!.divisor : Infinity;
	if (next && high / units[i]!.divisor >= step && low / next.divisor >= 0.1) i++;
	return units[i]!;
}
