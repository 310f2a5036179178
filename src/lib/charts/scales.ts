/**
 * Position scales from a type and a domain: time (UTC ms), linear, log, sqrt and band. A scale
 * maps a value to a pixel or to null when the value has no place on it (a gap, a value ≤ 0 on a
 * log scale, an unknown category), so marks leave it out and the frame can say how many it left
 * out. Pure: d3 computes.
 */
import { scaleBand, scaleLinear, scaleLog, scaleSqrt, scaleUtc } from 'd3';

export type ScaleType = 'time' | 'linear' | 'log' | 'sqrt' | 'band';
export type ScaleValue = number | string;

export interface Scale {
	readonly type: ScaleType;
	readonly domain: readonly ScaleValue[];
	readonly range: readonly [number, number];
	/** Width of one band (band scales); 0 for continuous scales. */
	readonly bandwidth: number;
	/** The pixel of a value; null when the value cannot be placed on this scale. */
	map(value: ScaleValue | null | undefined): number | null;
	/** The value at a pixel (continuous scales; ms for time). */
	invert(pixel: number): number;
	/** About `count` tick values. */
	ticks(count: number): ScaleValue[];
}

export interface ContinuousDomain {
	readonly domain: readonly [number, number];
	/** Values that could not be placed: gaps are not counted, values ≤ 0 on a log scale are. */
	readonly excluded: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The extent of `values` (plus any `include`, such as 0 for absolute values or 100 for an index).
 * On a log scale, values ≤ 0 have no place: they are counted, not silently dropped.
 */
export function continuousDomain(
	values: Iterable<number | null | undefined>,
	type: Exclude<ScaleType, 'band'>,
	include: readonly number[] = []
): ContinuousDomain {
	let lo = Infinity;
	let hi = -Infinity;
	let excluded = 0;
	const take = (v: number | null | undefined, counted: boolean) => {
		if (!finite(v)) return;
		if (type === 'log' && v <= 0) {
			if (counted) excluded++;
			return;
		}
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	};
	for (const v of values) take(v, true);
	for (const v of include) take(v, false);
	if (lo > hi) return { domain: type === 'log' ? [1, 10] : [0, 1], excluded };
	if (lo === hi) return { domain: type === 'log' ? [lo / 10, hi * 10] : [lo, lo + 1], excluded };
	return { domain: [lo, hi], excluded };
}

/** A continuous or band scale over `range` (pixels, in drawing order: y runs bottom to top). */
export function makeScale(
	type: ScaleType,
	domain: readonly ScaleValue[],
	range: readonly [number, number],
	options: { nice?: boolean; padding?: number; paddingOuter?: number } = {}
): Scale {
	if (type === 'band') {
		const s = scaleBand<string>()
			.domain(domain.map(String))
			.range([range[0], range[1]])
			.paddingInner(options.padding ?? 0.2)
			.paddingOuter(options.paddingOuter ?? (options.padding ?? 0.2) / 2);
		return {
			type,
			domain: s.domain(),
			range,
			bandwidth: s.bandwidth(),
			map: (v) => (v === null || v === undefined ? null : (s(String(v)) ?? null)),
			invert: () => Number.NaN,
			ticks: () => s.domain()
		};
	}
	const [d0, d1] = domain as readonly number[];
	const s =
		type === 'time'
			? scaleUtc().domain([new Date(d0!), new Date(d1!)])
			: type === 'log'
				? scaleLog().domain([d0!, d1!])
				: type === 'sqrt'
					? scaleSqrt().domain([d0!, d1!])
					: scaleLinear().domain([d0!, d1!]);
	s.range([range[0], range[1]]);
	if (options.nice) (s as ReturnType<typeof scaleLinear>).nice();
	const place = s as unknown as (v: number | Date) => number;
	return {
		type,
		domain: (s.domain() as (number | Date)[]).map(Number),
		range,
		bandwidth: 0,
		map: (v) => {
			if (!finite(v) || (type === 'log' && v <= 0)) return null;
			const px = place(type === 'time' ? new Date(v) : v);
			return Number.isFinite(px) ? px : null;
		},
		invert: (pixel) => Number(s.invert(pixel)),
		ticks: (count) =>
			type === 'log' ? logTicks(s as ReturnType<typeof scaleLog>, count) : ticksOf(s, count)
	};
}

function ticksOf(s: { ticks(count: number): (number | Date)[] }, count: number): number[] {
	return s.ticks(count).map(Number);
}

/** Powers of ten, with 2 and 5 between them only when few decades are in view. */
function logTicks(s: ReturnType<typeof scaleLog>, count: number): number[] {
	const all = s.ticks(count);
	const powers = all.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
	if (powers.length >= Math.min(3, count)) return powers;
	const lead = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
	return all.filter((v) => [1, 2, 5].includes(lead(v)));
}
