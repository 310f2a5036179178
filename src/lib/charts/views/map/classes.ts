/**
 * Colour classes for the tile grid and choropleths: breaks at the quintiles of the areas that have
 * data, rounded to two significant digits (whole numbers for counts), so the legend reads cleanly.
 */
import { quantileSorted, scaleThreshold } from 'd3';
import { NO_DATA_FILL, NO_DATA_INK, SEQUENTIAL_CLASSES, SEQUENTIAL_INK } from '../../palette';

export interface ClassScale {
	/** Upper-exclusive breaks between classes (length = classes − 1). */
	breaks: number[];
	/** Class index of a value; null for missing or non-positive values (no data). */
	classOf: (value: number | null | undefined) => number | null;
	fill: (value: number | null | undefined) => string;
	ink: (value: number | null | undefined) => string;
	/** The classes as ranges for the legend: [min, max) except the last, which is closed. */
	legend: { index: number; from: number; to: number; colour: string }[];
}

/**
 * Rounds a break to two significant digits (a whole number for counts), or finer when the values
 * span a narrow range (rates from 1.78 to 2.12 need steps of 0.01, not 0.1).
 */
export function niceBreak(value: number, integer: boolean, spread = Infinity): number {
	if (integer) return Math.max(1, Math.round(value));
	if (value <= 0) return 0;
	const own = 10 ** (Math.floor(Math.log10(value)) - 1);
	const bySpread =
		spread > 0 && Number.isFinite(spread) ? 10 ** (Math.floor(Math.log10(spread)) - 1) : own;
	const step = Math.min(own, bySpread);
	// Rounding in the step's own decimals avoids 1.8300000000000002.
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** Quintile classes over the positive values; fewer classes when values repeat. */
export function classScale(values: readonly (number | null)[], integer = false): ClassScale {
	const data = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
	const n = SEQUENTIAL_CLASSES.length;
	const raw = data.length ? [1, 2, 3, 4].map((q) => quantileSorted(data, q / n)!) : [];
	const range = (data.at(-1) ?? 0) - (data[0] ?? 0);
	const breaks = [...new Set(raw.map((b) => niceBreak(b, integer, range)))].filter(
		(b) => b > (data[0] ?? 0) && b <= (data.at(-1) ?? 0)
	);
	// Spread the classes over the palette so two classes are light and dark, not two light ones.
	const colours =
		breaks.length + 1 === n ? [...SEQUENTIAL_CLASSES] : spreadColours(breaks.length + 1);
	const inks = colours.map((c) => SEQUENTIAL_INK[SEQUENTIAL_CLASSES.indexOf(c as never)]!);
	const scale = scaleThreshold<number, number>()
		.domain(breaks)
		.range(colours.map((_, i) => i));
	const classOf = (v: number | null | undefined) =>
		v === null || v === undefined || !(v > 0) ? null : scale(v);
	const bounds = [data[0] ?? 0, ...breaks, data.at(-1) ?? 0];
	return {
		breaks,
		classOf,
		fill: (v) => {
			const c = classOf(v);
			return c === null ? NO_DATA_FILL : colours[c]!;
		},
		ink: (v) => {
			const c = classOf(v);
			return c === null ? NO_DATA_INK : inks[c]!;
		},
		legend: data.length
			? colours.map((colour, index) => ({
					index,
					from: bounds[index]!,
					to: bounds[index + 1]!,
					colour
				}))
			: []
	};
}

function spreadColours(k: number): string[] {
	if (k <= 1) return [SEQUENTIAL_CLASSES[2]];
	const last = SEQUENTIAL_CLASSES.length - 1;
	return Array.from({ length: k }, (_, i) => SEQUENTIAL_CLASSES[Math.round((i * last) / (k - 1))]!);
}
