/**
 * Where bars start and end, in data units, before any scale: from zero, stacked on each other
 * within a band (negatives below zero), grouped side by side within a band, or stacked and
 * normalised to 1 (a 100 % bar). Pure; the Bar mark turns these into rectangles.
 */
export type BarOffset = 'zero' | 'stack' | 'group' | 'expand';

export interface BarInput<T> {
	readonly rows: readonly T[];
	/** The band (category) a row's bar stands in. */
	readonly band: (row: T, i: number) => string;
	readonly value: (row: T, i: number) => number | null;
	/** The series within a band (stack layer or group member). */
	readonly z?: (row: T, i: number) => string;
	readonly offset?: BarOffset;
}

export interface BarSpan<T> {
	readonly row: T;
	readonly index: number;
	readonly band: string;
	readonly z: string;
	/** Start and end of the bar along the value axis. */
	readonly v0: number;
	readonly v1: number;
}

/** One span per row with a value; rows without one draw nothing. */
export function barSpans<T>(input: BarInput<T>): BarSpan<T>[] {
	const offset = input.offset ?? 'zero';
	const stacked = offset === 'stack' || offset === 'expand';
	const up = new Map<string, number>();
	const down = new Map<string, number>();
	const totals = new Map<string, number>();
	if (offset === 'expand')
		input.rows.forEach((row, i) => {
			const b = input.band(row, i);
			totals.set(b, (totals.get(b) ?? 0) + Math.max(0, input.value(row, i) ?? 0));
		});
	return input.rows.flatMap((row, index) => {
		const raw = input.value(row, index);
		if (raw === null || !Number.isFinite(raw)) return [];
		const band = input.band(row, index);
		const z = input.z?.(row, index) ?? '';
		const v = offset === 'expand' ? raw / (totals.get(band) || 1) : raw;
		if (!stacked) return [{ row, index, band, z, v0: 0, v1: v }];
		const side = v >= 0 ? up : down;
		const v0 = side.get(band) ?? 0;
		side.set(band, v0 + v);
		return [{ row, index, band, z, v0, v1: v0 + v }];
	});
}

/** Every start and end, for the value scale's domain. */
export function spanValues(spans: readonly BarSpan<unknown>[]): number[] {
	return spans.flatMap((s) => [s.v0, s.v1]);
}
