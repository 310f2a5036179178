/**
 * The estimator against an independent implementation (tests/helpers/did-reference.ts) on a
 * synthetic staggered panel with a planted effect and parallel trends: every group-time cell, its
 * standard error, the aggregations and the two-way fixed-effects regression; the bands cover the
 * planted effect and the placebos cover zero; a planted pre-trend is caught.
 */
import { describe, expect, test } from 'vitest';
import { estimateDid } from '../../../src/lib/analysis/did/estimate';
import type { DidOptions } from '../../../src/lib/analysis/did/options';
import { monthsBetween } from '../../../src/lib/model/months';
import { cell2x2, regression2x2, twfeDummies, weightedMean } from '../../helpers/did-reference';
import { SYNTHETIC_START, syntheticPanel } from '../../helpers/did-synthetic';

const effect = (e: number) => 0.2 + 0.01 * e;
const groups = [
	{ joined: 14, places: 12 },
	{ joined: 22, places: 10 },
	{ joined: 30, places: 14 },
	{ joined: null, places: 16 }
];
const spec = { seed: 20240611, periods: 48, groups, effect, noise: 0.05 };
const options: Partial<DidOptions> = {
	scale: 'level',
	window: { pre: 12, post: 17 },
	horizon: 12,
	bootstrap: { draws: 999, seed: 'synthetic', level: 0.95 }
};
const { panel, records } = syntheticPanel(spec);
const result = estimateDid(panel, options);
const gOf = (label: string) => monthsBetween(SYNTHETIC_START, label);

describe('group-time cells', () => {
	test('every estimable cell equals the explicit 2×2 means, with the same places', () => {
		expect(result.cells.length).toBe(3 * 30);
		for (const c of result.cells) {
			const g = gOf(c.group);
			const t = g + c.e;
			const base = Array.from({ length: 12 }, (_, k) => g - 12 + k);
			const ref = cell2x2(records, { g, t, base, comparison: 'not-yet' });
			if (!c.result.ok) {
				// Only the last group's late months have no not-yet-joined place, and the never-joined remain.
				throw new Error(
					`cell ${c.group} ${c.e} not estimable: ${JSON.stringify(c.result.reasons)}`
				);
			}
			expect(c.treated).toBe(ref.treated.length);
			expect(c.controls).toBe(ref.control.length);
			expect(c.result.estimate).toBeCloseTo(ref.att, 10);
		}
	});

	test("each cell's influence-function standard error equals the regression's robust one", () => {
		for (const c of result.cells.filter((x) => x.e % 5 === 0)) {
			const g = gOf(c.group);
			const base = Array.from({ length: 12 }, (_, k) => g - 12 + k);
			const ref = cell2x2(records, { g, t: g + c.e, base, comparison: 'not-yet' });
			const ols = regression2x2(ref.treated, ref.control);
			expect(ols.slope).toBeCloseTo(ref.att, 12);
			if (!c.result.ok) throw new Error('not estimable');
			expect(c.result.seAnalytic).toBeCloseTo(ols.se, 10);
			// The bootstrap's standard error agrees with the analytic one.
			expect(c.result.se! / c.result.seAnalytic).toBeGreaterThan(0.85);
			expect(c.result.se! / c.result.seAnalytic).toBeLessThan(1.15);
		}
	});

	test('comparison places: not yet joined at t (and after the base), or never', () => {
		const early = result.cells.find((c) => c.group === '2011-03' && c.e === 0)!;
		// At 2011-03 the groups of 2011-11 and 2012-07 have not joined yet: 10 + 14 + 16 never.
		expect(early.controls).toBe(40);
		const late = result.cells.find((c) => c.group === '2011-03' && c.e === 16)!;
		// 2012-07: only the last group (joins that month) is excluded; never-joined remain.
		expect(late.controls).toBe(16);
	});
});

describe('aggregations', () => {
	const cellAt = (group: string, e: number) => {
		const c = result.cells.find((x) => x.group === group && x.e === e)!;
		if (!c.result.ok) throw new Error('not estimable');
		return c.result.estimate;
	};
	const sizes: Record<string, number> = { '2011-03': 12, '2011-11': 10, '2012-07': 14 };

	test('event time: the size-weighted mean of the groups’ cells at e', () => {
		const all = result.event.find((s) => s.id === 'all')!;
		for (const p of all.points) {
			const ref = weightedMean(
				Object.entries(sizes).map(([g, w]) => ({ theta: cellAt(g, p.e), weight: w }))
			);
			if (!p.result.ok) throw new Error(`e ${p.e}`);
			expect(p.result.estimate).toBeCloseTo(ref, 10);
			expect(p.places).toBe(36);
		}
	});

	test('per group: the mean of its first 12 months; overall: size-weighted', () => {
		const theta: Record<string, number> = {};
		for (const g of result.groups) {
			const ref =
				Array.from({ length: 12 }, (_, e) => cellAt(g.group, e)).reduce((s, v) => s + v, 0) / 12;
			if (!g.effect.ok) throw new Error(g.group);
			expect(g.effect.estimate).toBeCloseTo(ref, 10);
			expect(g.effect.months).toBe(12);
			theta[g.group] = ref;
		}
		const overall = weightedMean(
			Object.entries(sizes).map(([g, w]) => ({ theta: theta[g]!, weight: w }))
		);
		if (!result.overall.effect.ok) throw new Error('overall');
		expect(result.overall.effect.estimate).toBeCloseTo(overall, 10);
		// Each synthetic group is its own cohort here.
		expect(result.phases.map((p) => p.id)).toEqual(['c14', 'c22', 'c30']);
	});

	test('two-way fixed effects equal the dummy-variable regression', () => {
		const ref = twfeDummies(records);
		if (!result.twfe.ok) throw new Error('twfe');
		expect(result.twfe.estimate).toBeCloseTo(ref.beta, 9);
		expect(result.twfe.se).toBeCloseTo(ref.se, 9);
	});
});

describe('the planted effect is recovered, the placebos cover zero', () => {
	test('the simultaneous band covers δ(e) after joining and 0 before, at every e', () => {
		const all = result.event.find((s) => s.id === 'all')!;
		expect(all.critical).toBeGreaterThan(1.96);
		for (const p of all.points) {
			if (!p.result.ok) throw new Error(`e ${p.e}`);
			const truth = p.e >= 0 ? effect(p.e) : 0;
			expect(p.result.lower!, `e ${p.e}`).toBeLessThanOrEqual(truth);
			expect(p.result.upper!, `e ${p.e}`).toBeGreaterThanOrEqual(truth);
		}
	});

	test('the overall first-12-month effect is within its band of the planted 0.255', () => {
		const e = result.overall.effect;
		if (!e.ok) throw new Error('overall');
		const planted = Array.from({ length: 12 }, (_, k) => effect(k)).reduce((s, v) => s + v, 0) / 12;
		expect(planted).toBeCloseTo(0.255, 10);
		expect(e.lower!).toBeLessThan(planted);
		expect(e.upper!).toBeGreaterThan(planted);
	});

	test('the pre-trend test does not reject parallel trends', () => {
		const test = result.event.find((s) => s.id === 'all')!.preTrend;
		if (!test.ok) throw new Error('no test');
		expect(test.months).toBe(12);
		expect(test.p).toBeGreaterThan(0.05);
	});

	test('a planted pre-trend is caught (p < 0.01)', () => {
		const tilted = syntheticPanel({ ...spec, preTrend: (e) => 0.01 * e });
		const test = estimateDid(tilted.panel, options).event.find((s) => s.id === 'all')!.preTrend;
		if (!test.ok) throw new Error('no test');
		expect(test.p).toBeLessThan(0.01);
	});

	test('seeded: the same input gives the same bands; another seed, the same estimates', () => {
		const again = estimateDid(panel, options);
		expect(again.event).toEqual(result.event);
		const other = estimateDid(panel, {
			...options,
			bootstrap: { draws: 999, seed: 'other', level: 0.95 }
		});
		const a = result.overall.effect;
		const b = other.overall.effect;
		if (!a.ok || !b.ok) throw new Error('overall');
		expect(b.estimate).toBe(a.estimate);
		expect(b.se).not.toBe(a.se);
	});
});

describe('logs', () => {
	test('the log outcome of exp(y) gives the level estimates of y', () => {
		const exp = {
			...panel,
			measures: { ...panel.measures, value: panel.measures.value.map(Math.exp) }
		};
		const logs = estimateDid(exp, { ...options, scale: 'log' });
		logs.cells.forEach((c, k) => {
			const l = result.cells[k]!.result;
			if (!c.result.ok || !l.ok) throw new Error('not estimable');
			expect(c.result.estimate).toBeCloseTo(l.estimate, 9);
		});
	});
});
