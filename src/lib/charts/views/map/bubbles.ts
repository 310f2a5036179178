/** The bubbles of one animation frame: place, radius and look of every visible pilot city. */
import { valueAt, type CitySeries } from './expansion';

export interface Place {
	code: string;
	lon: number;
	lat: number;
	phase: string;
	inferred: boolean;
}

export interface Bubble extends Place {
	r: number;
	value: number;
}

/**
 * Places in a fixed order, largest peak first, so small bubbles are drawn on top of big ones and
 * the order does not change from frame to frame (no DOM moves while playing).
 */
export function drawOrder(places: readonly Place[], series: CitySeries): Place[] {
	const peak = (code: string) => Math.max(0, ...(series.value.get(code) ?? []));
	return [...places].sort((a, b) => peak(b.code) - peak(a.code) || a.code.localeCompare(b.code));
}

/** Bubbles with a value at fractional month `t`; a city that joins grows from nothing. */
export function bubblesAt(
	places: readonly Place[],
	series: CitySeries,
	t: number,
	radius: (value: number) => number
): Bubble[] {
	const out: Bubble[] = [];
	for (const p of places) {
		const value = valueAt(series, p.code, t);
		if (value > 0) out.push({ ...p, value, r: radius(value) });
	}
	return out;
}
