/**
 * A chart's frame: margins, the plot rectangle, the x and y scales from their type and domain, and
 * the ticks both axes and grids draw. Axis labels decide the left margin unless the view sets it;
 * a guide above the plot (stacked event markers) may ask for room that depends on the x scale.
 * Pure: the Frame component renders it and shares it with its marks.
 */
import { axisFormat, type NumberKind } from '../format/column';
import type { Locale } from '../format/number';
import { continuousDomain, makeScale, type Scale, type ScaleType, type ScaleValue } from './scales';
import { textWidth, wrapText } from './text-width';
import { defaultLabel, placeTicks, tickValues, type Tick } from './ticks';

export interface Margin {
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
	readonly left: number;
}

/** One position channel of the frame: its scale and its axis. */
export interface AxisSpec {
	readonly type: ScaleType;
	/** [min, max] (ms for time) or the bands in order; else computed from `values`. */
	readonly domain?: readonly ScaleValue[];
	/** The values the marks draw, for the domain and to count what a log scale cannot show. */
	readonly values?: Iterable<number | null | undefined>;
	/** Values that must be in view (0 for amounts, 100 for an index). */
	readonly include?: readonly number[];
	/** Round the domain to tick values (default: on for y, off for x). */
	readonly nice?: boolean;
	/** Band scales: the share of each step left empty between bands. */
	readonly padding?: number;
	/** Tick values (default: chosen from the length of the axis). */
	readonly ticks?: readonly ScaleValue[];
	/** What the numbers are (one unit for the whole axis) or a labeller of tick values. */
	readonly format?: NumberKind | ((value: ScaleValue) => string);
}

export interface FrameInput {
	readonly width: number;
	readonly height: number;
	readonly margin?: Partial<Margin>;
	readonly x: AxisSpec;
	readonly y: AxisSpec;
	readonly locale?: Locale;
	/** Extra room above the plot that a guide needs at this x scale. */
	readonly top?: (x: Scale) => number;
}

export interface Plot {
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
	readonly width: number;
	readonly height: number;
}

export interface FrameLayout {
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	readonly plot: Plot;
	readonly x: Scale;
	readonly y: Scale;
	readonly xTicks: readonly Tick[];
	readonly yTicks: readonly Tick[];
	/** How many values each scale could not place (values ≤ 0 on a log scale). */
	readonly excluded: { readonly x: number; readonly y: number };
}

export const DEFAULT_MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 48 };
const TICK_FONT = 11;
export const BAND_FONT = 12;
/** Band labels take at most this share of the width (at least 80 px); longer ones wrap. */
const BAND_ROOM = 0.38;
const LABEL_GAP = 12;

/** The lines of a band label that fits into a left margin of `left` px. */
export function bandLabelLines(label: string, left: number): string[] {
	return wrapText(label, left - LABEL_GAP, BAND_FONT);
}

function scaleFor(spec: AxisSpec, range: readonly [number, number], axis: 'x' | 'y') {
	if (spec.type === 'band')
		return { scale: makeScale('band', spec.domain ?? [], range, spec), excluded: 0 };
	const computed = spec.values ? continuousDomain(spec.values, spec.type, spec.include) : null;
	const domain = spec.domain ?? computed?.domain ?? [0, 1];
	const nice = spec.nice ?? axis === 'y';
	return {
		scale: makeScale(spec.type, domain, range, { nice }),
		excluded: spec.type === 'log' ? (computed?.excluded ?? 0) : 0
	};
}

function ticksFor(spec: AxisSpec, scale: Scale, length: number, axis: 'x' | 'y', locale: Locale) {
	const values = spec.ticks ?? tickValues(scale, length, axis);
	const f = spec.format;
	const label =
		typeof f === 'function'
			? f
			: f
				? (() => {
						const numeric = axisFormat(values.map(Number), f, locale, scale.type === 'log');
						return (v: ScaleValue) => numeric(Number(v));
					})()
				: defaultLabel(scale);
	return placeTicks(scale, values, label, axis, scale.type === 'band' ? BAND_FONT : TICK_FONT);
}

/** Scales, plot rectangle and ticks for a frame `width` × `height` pixels. */
export function frameLayout(input: FrameInput): FrameLayout {
	const locale = input.locale ?? 'en';
	const given = { ...DEFAULT_MARGIN, ...input.margin };
	const yLength = Math.max(10, input.height - given.top - given.bottom);
	const yRange = (top: number): [number, number] =>
		input.y.type === 'band'
			? [top, input.height - given.bottom]
			: [input.height - given.bottom, top];
	// The y ticks do not depend on the extra top room (their count follows the given margins).
	const provisional = scaleFor(input.y, yRange(given.top), 'y');
	const provisionalTicks = ticksFor(input.y, provisional.scale, yLength, 'y', locale);
	const band = input.y.type === 'band';
	const font = band ? BAND_FONT : TICK_FONT;
	const room = band ? Math.max(80, input.width * BAND_ROOM) : Infinity;
	const widest = (label: string) =>
		Math.max(...(band ? bandLabelLines(label, room) : [label]).map((l) => textWidth(l, font)));
	const left =
		input.margin?.left ??
		Math.max(
			28,
			Math.ceil(Math.max(0, ...provisionalTicks.map((t) => widest(t.label)))) + LABEL_GAP
		);
	const right = Math.max(left + 10, input.width - given.right);
	const xs = scaleFor(input.x, [left, right], 'x');
	const top = given.top + (input.top?.(xs.scale) ?? 0);
	const height = input.height + (top - given.top);
	const bottom = height - given.bottom;
	const ys = scaleFor(input.y, input.y.type === 'band' ? [top, bottom] : [bottom, top], 'y');
	const margin = { ...given, top, left };
	return {
		width: input.width,
		height,
		margin,
		plot: { left, right, top, bottom, width: right - left, height: bottom - top },
		x: xs.scale,
		y: ys.scale,
		xTicks: ticksFor(input.x, xs.scale, right - left, 'x', locale),
		yTicks: ticksFor(input.y, ys.scale, yLength, 'y', locale),
		excluded: { x: xs.excluded, y: ys.excluded }
	};
}
