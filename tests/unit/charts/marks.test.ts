/** Stacks, bar offsets, and channels: the pure parts of the marks. */
import { describe, expect, test } from 'vitest';
import { stackRows } from '../../../src/lib/charts/marks/stack';
import { barSpans, spanValues } from '../../../src/lib/charts/marks/bars';
import { groupRows, read } from '../../../src/lib/charts/marks/channel';

const rows = [
	{ x: 1, k: 'a', v: 10 },
	{ x: 1, k: 'b', v: 5 },
	{ x: 2, k: 'a', v: 10 },
	{ x: 3, k: 'b', v: 20 }
];

describe('stacked areas', () => {
	test('layers over the shared xs, missing cells as zero, in the given order', () => {
		const s = stackRows({ rows, x: (r) => r.x, y: (r) => r.v, z: (r) => r.k, order: ['b', 'a'] });
		expect(s.xs).toEqual([1, 2, 3]);
		expect(s.layers.map((l) => l.key)).toEqual(['b', 'a']);
		expect(s.layers[0]!.y1).toEqual([5, 0, 20]);
		expect(s.layers[1]!.y0).toEqual([5, 0, 20]);
		expect(s.layers[1]!.y1).toEqual([15, 10, 20]);
		expect(s.totals).toEqual([15, 10, 20]);
	});

	test('expand normalises every x to 1', () => {
		const s = stackRows({ rows, x: (r) => r.x, y: (r) => r.v, z: (r) => r.k, offset: 'expand' });
		expect(s.layers.at(-1)!.y1).toEqual([1, 1, 1]);
		expect(s.layers[0]!.y1[0]).toBeCloseTo(10 / 15, 12);
	});
});

describe('bar offsets', () => {
	const bars = [
		{ cat: 'x', grp: 'a', v: 3 },
		{ cat: 'x', grp: 'b', v: -2 },
		{ cat: 'x', grp: 'c', v: 4 },
		{ cat: 'y', grp: 'a', v: null }
	];
	const input = {
		rows: bars,
		band: (r: (typeof bars)[number]) => r.cat,
		value: (r: (typeof bars)[number]) => r.v,
		z: (r: (typeof bars)[number]) => r.grp
	};

	test('zero and group offsets start every bar at zero (diverging bars go left)', () => {
		for (const offset of ['zero', 'group'] as const) {
			const spans = barSpans({ ...input, offset });
			expect(spans.map((s) => [s.v0, s.v1])).toEqual([
				[0, 3],
				[0, -2],
				[0, 4]
			]);
		}
	});

	test('stacks put positives above zero and negatives below; rows without a value draw nothing', () => {
		const spans = barSpans({ ...input, offset: 'stack' });
		expect(spans.map((s) => [s.z, s.v0, s.v1])).toEqual([
			['a', 0, 3],
			['b', 0, -2],
			['c', 3, 7]
		]);
		expect(Math.min(...spanValues(spans))).toBe(-2);
	});

	test('expand makes a 100 % bar of the positive parts', () => {
		const spans = barSpans({
			rows: bars.filter((b) => b.v !== null && b.v > 0),
			band: (r) => r.cat,
			value: (r) => r.v,
			offset: 'expand'
		});
		expect(spans.at(-1)!.v1).toBeCloseTo(1, 12);
		expect(spans[0]!.v1).toBeCloseTo(3 / 7, 12);
	});
});

describe('channels', () => {
	test('a field name or a function', () => {
		expect(read<{ a: number }, number>('a', { a: 4 }, 0)).toBe(4);
		expect(read((r: { a: number }, i) => r.a + i, { a: 4 }, 2)).toBe(6);
		expect(groupRows(rows, (r) => r.k).map(([k, g]) => [k, g.length])).toEqual([
			['a', 2],
			['b', 2]
		]);
	});
});
