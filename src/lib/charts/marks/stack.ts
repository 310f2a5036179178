/**
 * Stacking tidy rows: one layer per key over the shared x values (missing cells count as 0), as
 * plain sums or normalised to 1 at every x. Pure: d3.stack does the work.
 */
import { stack, stackOffsetExpand, stackOffsetNone } from 'd3';

export type StackOffset = 'zero' | 'expand';

export interface StackInput<T> {
	readonly rows: readonly T[];
	readonly x: (row: T) => number;
	readonly y: (row: T) => number | null;
	readonly z: (row: T) => string;
	/** Layer order, bottom first (default: order of first appearance). */
	readonly order?: readonly string[];
	readonly offset?: StackOffset;
}

export interface StackedLayer {
	readonly key: string;
	/** Bottom and top at every x, in the order of `xs`. */
	readonly y0: readonly number[];
	readonly y1: readonly number[];
}

export interface Stacked {
	readonly xs: readonly number[];
	readonly layers: readonly StackedLayer[];
	/** The sum of every layer at each x (before any normalising). */
	readonly totals: readonly number[];
}

/** Layers of `rows` stacked bottom to top. */
export function stackRows<T>(input: StackInput<T>): Stacked {
	const xs = [...new Set(input.rows.map(input.x))].sort((a, b) => a - b);
	const keys = input.order ?? [...new Set(input.rows.map(input.z))];
	const at = new Map(xs.map((x, i) => [x, i]));
	const table = xs.map(() => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>);
	for (const row of input.rows) {
		const i = at.get(input.x(row));
		const k = input.z(row);
		if (i !== undefined && k in table[i]!) table[i]![k]! += input.y(row) ?? 0;
	}
	const series = stack<Record<string, number>>()
		.keys(keys)
		.offset(input.offset === 'expand' ? stackOffsetExpand : stackOffsetNone)(table);
	return {
		xs,
		layers: series.map((s) => ({ key: s.key, y0: s.map((d) => d[0]), y1: s.map((d) => d[1]) })),
		totals: table.map((t) => keys.reduce((sum, k) => sum + (t[k] ?? 0), 0))
	};
}
