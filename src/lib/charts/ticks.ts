/**
 * Where ticks go and what they say: years on a time axis (every 1, 2, 5 or 10 years, as the
 * width allows), about one tick per 80 px across and 40 px up, every band of a band scale, and no
 * two labels overlapping. Pure.
 */
import { utcYear } from 'd3';
import type { Scale, ScaleValue } from './scales';
import { textWidth } from './text-width';

export interface Tick {
	readonly value: ScaleValue;
	readonly px: number;
	readonly label: string;
}

export type TickFormat = (value: number) => string;

const YEAR_STEPS = [1, 2, 5, 10, 20];
const MIN_GAP = 8;

/** January 1st of every `step`-th year in the domain, the step the smallest that leaves room. */
export function yearTicks(scale: Scale, minSpacing = 44): number[] {
	const [d0, d1] = scale.domain as number[];
	const [r0, r1] = scale.range;
	const years = Math.max(1e-9, (d1! - d0!) / (365.25 * 864e5));
	const perYear = Math.abs(r1 - r0) / years;
	const step = YEAR_STEPS.find((s) => s * perYear >= minSpacing) ?? YEAR_STEPS.at(-1)!;
	return utcYear
		.every(step)!
		.range(new Date(d0!), new Date(d1! + 1))
		.map((d) => d.getTime());
}

/** Tick values for a scale drawn over `length` pixels along x or y. */
export function tickValues(scale: Scale, length: number, axis: 'x' | 'y'): ScaleValue[] {
	if (scale.type === 'band') return [...scale.domain];
	if (scale.type === 'time') return yearTicks(scale);
	const count =
		axis === 'x' ? Math.max(2, Math.floor(length / 80)) : Math.max(2, Math.floor(length / 40));
	return scale.ticks(count);
}

/** Ticks with pixels and labels; on x, labels that would overlap the one before are dropped. */
export function placeTicks(
	scale: Scale,
	values: readonly ScaleValue[],
	format: (value: ScaleValue) => string,
	axis: 'x' | 'y',
	fontSize = 11
): Tick[] {
	const offset = scale.bandwidth / 2;
	const ticks = values.flatMap((value) => {
		const px = scale.map(value);
		return px === null ? [] : [{ value, px: px + offset, label: format(value) }];
	});
	if (axis === 'y' || scale.type === 'band') return ticks;
	const kept: Tick[] = [];
	for (const tick of ticks) {
		const last = kept.at(-1);
		const room = last
			? (textWidth(last.label, fontSize) + textWidth(tick.label, fontSize)) / 2 + MIN_GAP
			: 0;
		if (!last || Math.abs(tick.px - last.px) >= room) kept.push(tick);
	}
	return kept;
}

/** The default label of a tick: the year on a time axis, else the number as d3 prints it. */
export function defaultLabel(scale: Scale): (value: ScaleValue) => string {
	if (scale.type === 'time') return (v) => String(new Date(Number(v)).getUTCFullYear());
	return (v) => String(v);
}
