import { describe, expect, test } from 'vitest';
import { smoothMultipliers } from '../../scripts/generate/calibration';
import { lognormalMeanOne, normal, poisson } from '../../scripts/generate/distributions';
import { createRng, hashString } from '../../scripts/generate/prng';

const draws = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
	const m = mean(xs);
	return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('seeded random numbers', () => {
	test('a named stream repeats exactly; other names give other numbers', () => {
		const a = createRng('seed', 'city-size', '330100');
		const b = createRng('seed', 'city-size', '330100');
		const c = createRng('seed', 'city-size', '330200');
		const xs = draws(100, () => a.next());
		expect(draws(100, () => b.next())).toEqual(xs);
		expect(draws(100, () => c.next())).not.toEqual(xs);
		// Joining parts with a separator keeps ('ab', 'c') apart from ('a', 'bc').
		expect(hashString(['ab', 'c'].join('\u001f'))).not.toEqual(
			hashString(['a', 'bc'].join('\u001f'))
		);
	});

	test('uniforms lie in [0, 1) with mean ½', () => {
		const rng = createRng('uniform');
		const xs = draws(20_000, () => rng.next());
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		expect(mean(xs)).toBeCloseTo(0.5, 2);
	});

	test('normal and mean-one lognormal draws have the stated moments', () => {
		const rng = createRng('normal');
		const zs = draws(20_000, () => normal(rng));
		expect(mean(zs)).toBeCloseTo(0, 1);
		expect(variance(zs)).toBeCloseTo(1, 1);
		expect(mean(draws(20_000, () => lognormalMeanOne(rng, 0.5)))).toBeCloseTo(1, 1);
	});

	test.each([0.3, 4, 25, 31, 400])('Poisson(%s) has mean and variance λ', (lambda) => {
		const rng = createRng('poisson', lambda);
		const ks = draws(20_000, () => poisson(rng, lambda));
		expect(ks.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
		expect(Math.abs(mean(ks) / lambda - 1)).toBeLessThan(0.05);
		expect(Math.abs(variance(ks) / lambda - 1)).toBeLessThan(0.08);
	});

	test('Poisson(0) is 0', () => {
		expect(poisson(createRng('zero'), 0)).toBe(0);
	});
});

describe('smoothMultipliers', () => {
	const raw = Float64Array.from({ length: 36 }, (_, t) => 100 + t + (t % 12 === 10 ? 60 : 0));
	const targets = [2_000, 4_000, 5_000];
	const f = smoothMultipliers(raw, targets);

	test('hits every annual target', () => {
		targets.forEach((target, y) => {
			let sum = 0;
			for (let t = y * 12; t < y * 12 + 12; t++) sum += raw[t]! * f[t]!;
			expect(sum / target).toBeCloseTo(1, 9);
		});
	});

	test('changes smoothly: no step at a new year bigger than within the year', () => {
		const steps = Array.from({ length: 35 }, (_, t) => Math.abs(Math.log(f[t + 1]! / f[t]!)));
		const atNewYear = Math.max(steps[11]!, steps[23]!);
		const within = Math.max(...steps.filter((_, t) => t % 12 !== 11));
		expect(atNewYear).toBeLessThan(within * 1.5);
	});
});
