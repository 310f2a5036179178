/**
 * Numbers formatted per column, not per cell: one unit and one number of decimals for a whole
 * column, tooltip or axis, chosen from its range, so ¥891 m never stands next to ¥1.21 bn and 1.8
 * never next to 1.81. Intervals keep the estimate's decimals; differences are computed from the
 * numbers as shown, so 26.9 % against 27.4 % reads −0.5 pp. Pure; en and zh.
 */
import { format as d3format, precisionFixed, quantileSorted } from 'd3';
import { chooseUnit, MISSING, unitsOf, type Locale, type NumberKind, type Unit } from './units';

export type { NumberKind } from './units';

export interface ColumnFormat {
	readonly kind: NumberKind;
	readonly unit: Unit;
	readonly decimals: number;
	/** A value in the column's unit and decimals; an en dash for a gap. */
	format(value: number | null | undefined): string;
	/** The value as shown, back in its own scale (0.269 for "26.9%"); null for a gap. */
	shown(value: number | null | undefined): number | null;
	/** An interval with the estimate's decimals: "2.20–2.24", "¥1.20–1.25 bn". */
	interval(low: number | null | undefined, high: number | null | undefined): string;
	/** a − b from the values as shown, same decimals; shares and changes differ in points. */
	difference(a: number | null | undefined, b: number | null | undefined): string;
}

const SIGNED: ReadonlySet<NumberKind> = new Set(['change', 'points']);
const finite = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);
const minus = (text: string) => text.replace('-', '−');

function numberText(v: number, decimals: number, signed: boolean): string {
	const text = minus(d3format(`,.${decimals}f`)(v));
	const zero = Number(v.toFixed(decimals)) === 0;
	if (zero) return text.replace('−', '');
	return signed && v > 0 ? `+${text}` : text;
}

/**
 * Decimals that give the high value three significant digits (percentages: one decimal, none
 * from 100 % up) and the low value at least one (≤ 3).
 */
function decimalsFor(low: number, high: number, percent: boolean): number {
	if (!(low > 0)) return 0;
	const dLow = Math.max(0, -Math.floor(Math.log10(low)));
	const dHigh = percent ? (high >= 100 ? 0 : 1) : Math.max(0, 2 - Math.floor(Math.log10(high)));
	return Math.min(3, Math.max(dLow, dHigh));
}

/** The format for every value of a column (or a tooltip's values at one x). */
export function columnFormat(
	values: Iterable<number | null | undefined>,
	kind: NumberKind,
	locale: Locale = 'en',
	options: { decimals?: number } = {}
): ColumnFormat {
	const magnitudes = [...values]
		.filter(finite)
		.map(Math.abs)
		.filter((v) => v > 0)
		.sort((a, b) => a - b);
	const units = unitsOf(kind, locale, false);
	const low = quantileSorted(magnitudes, 0.1) ?? 0;
	const high = magnitudes.at(-1) ?? 0;
	const u = chooseUnit(units, low, high);
	const decimals =
		options.decimals ??
		(kind === 'count' ? 0 : decimalsFor(low / u.divisor, high / u.divisor, u.suffix.includes('%')));
	return makeFormat(kind, locale, u, decimals);
}

function makeFormat(kind: NumberKind, locale: Locale, u: Unit, decimals: number): ColumnFormat {
	const signed = SIGNED.has(kind);
	const inUnit = (v: number) => Number((v / u.divisor).toFixed(decimals));
	const write = (v: number, sign: boolean, unitOf: Unit = u) => {
		const text = numberText(v / unitOf.divisor, decimals, sign);
		const negative = text.startsWith('−');
		const body = negative ? text.slice(1) : text.replace(/^\+/, '');
		const lead = negative ? '−' : text.startsWith('+') ? '+' : '';
		return `${lead}${unitOf.prefix}${body}${unitOf.suffix}`;
	};
	return {
		kind,
		unit: u,
		decimals,
		format: (v) => (finite(v) ? write(v, signed) : MISSING),
		shown: (v) => (finite(v) ? inUnit(v) * u.divisor : null),
		interval: (lo, hi) => {
			if (!finite(lo) || !finite(hi)) return MISSING;
			const n = (v: number) => numberText(v / u.divisor, decimals, false);
			return `${u.prefix}${n(lo)}–${n(hi)}${u.suffix}`;
		},
		difference: (a, b) => {
			if (!finite(a) || !finite(b)) return MISSING;
			const diff = (inUnit(a) - inUnit(b)) * u.divisor;
			const percent = kind === 'share' || kind === 'change';
			const target = percent ? unitsOf('points', locale)[0]! : u;
			return write(diff, true, target);
		}
	};
}

/**
 * Tick labels for an axis: one unit from the largest tick, decimals from the step between ticks
 * (¥0.5 bn, ¥1.0 bn, ¥1.5 bn); zero is written 0. On a log axis the ticks span powers of ten and
 * each carries its own unit (¥1 m, ¥10 m, ¥100 m, ¥1 bn).
 */
export function axisFormat(
	ticks: readonly number[],
	kind: NumberKind,
	locale: Locale = 'en',
	log = false
): (value: number) => string {
	// Each power of ten in the axis unit that suits it alone (counts too: 10 k, 100 k, 1 m).
	if (log) return (v) => axisFormat([v], kind, locale)(v);
	const units = unitsOf(kind, locale, true);
	const high = Math.max(0, ...ticks.filter(finite).map(Math.abs));
	let u = units[0]!;
	for (const candidate of units) if (high / candidate.divisor >= 1) u = candidate;
	const sorted = [...ticks].filter(finite).sort((a, b) => a - b);
	// 1.7 − 1.6 is 0.0999…87 in floating point: round the step before reading its decimals.
	const step = Number((sorted.length > 1 ? sorted[1]! - sorted[0]! : high || 1).toPrecision(12));
	const decimals = kind === 'count' && u.divisor === 1 ? 0 : precisionFixed(step / u.divisor);
	const f = makeFormat(kind, locale, u, Math.min(3, decimals));
	const bareZero = kind !== 'share' && kind !== 'change' && kind !== 'points';
	return (v) => (v === 0 && bareZero ? '0' : f.format(v));
}

/** One value on its own, three significant digits in the unit that suits it: ¥56.6 bn, 566亿元. */
export function formatValue(
	value: number | null | undefined,
	kind: NumberKind,
	locale: Locale = 'en'
): string {
	if (!finite(value)) return MISSING;
	const units = unitsOf(kind, locale, kind !== 'count');
	const u = chooseUnit(units, Math.abs(value), Math.abs(value));
	const text = minus(d3format('.3~r')(value / u.divisor));
	const negative = text.startsWith('−');
	const sign = negative ? '−' : SIGNED.has(kind) && value > 0 ? '+' : '';
	return `${sign}${u.prefix}${negative ? text.slice(1) : text}${u.suffix}`;
}
