/** Scales from a type and a domain; a log scale counts what it cannot draw instead of hiding it. */
import { describe, expect, test } from 'vitest';
import { continuousDomain, makeScale } from '../../../src/lib/charts/scales';

describe('continuous domains', () => {
	test('the extent of the values plus what must be in view', () => {
		expect(continuousDomain([3, 7, null, Number.NaN], 'linear', [0])).toEqual({
			domain: [0, 7],
			excluded: 0
		});
		expect(continuousDomain([], 'linear').domain).toEqual([0, 1]);
		expect(continuousDomain([5, 5], 'linear').domain).toEqual([5, 6]);
	});

	test('a log scale reports values at or below zero, and gaps are not counted', () => {
		const d = continuousDomain([0, -2, 10, 1000, null], 'log', [0]);
		expect(d.domain).toEqual([10, 1000]);
		expect(d.excluded).toBe(2);
		expect(continuousDomain([0, 0], 'log')).toEqual({ domain: [1, 10], excluded: 2 });
	});
});

describe('position scales', () => {
	test('linear and sqrt map the domain onto the range; y runs bottom to top', () => {
		const y = makeScale('linear', [0, 100], [200, 0]);
		expect(y.map(0)).toBe(200);
		expect(y.map(50)).toBe(100);
		expect(y.map(null)).toBeNull();
		expect(y.invert(100)).toBe(50);
		expect(makeScale('sqrt', [0, 100], [0, 10]).map(25)).toBe(5);
	});

	test('a log scale has no place for zero or negatives; its ticks are powers of ten', () => {
		const y = makeScale('log', [1e6, 1e9], [300, 0]);
		expect(y.map(0)).toBeNull();
		expect(y.map(-5)).toBeNull();
		expect(y.map(1e6)).toBe(300);
		expect(y.ticks(5)).toEqual([1e6, 1e7, 1e8, 1e9]);
		expect(makeScale('log', [1, 50], [0, 100]).ticks(5)).toEqual([1, 2, 5, 10, 20, 50]);
	});

	test('time maps UTC ms; band places categories with a width', () => {
		const t0 = Date.UTC(2020, 0, 1);
		const t1 = Date.UTC(2022, 0, 1);
		const x = makeScale('time', [t0, t1], [0, 200]);
		expect(x.map(Date.UTC(2021, 0, 1))).toBeCloseTo(100, 0);
		const b = makeScale('band', ['a', 'b'], [0, 100], { padding: 0 });
		expect(b.map('b')).toBe(50);
		expect(b.bandwidth).toBe(50);
		expect(b.map('zzz')).toBeNull();
	});

	test('nice rounds a domain to tick values', () => {
		expect(makeScale('linear', [0, 97], [0, 1], { nice: true }).domain).toEqual([0, 100]);
	});
});
