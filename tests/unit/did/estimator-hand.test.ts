/**
 * Cases small enough to work out by hand (the numbers are in the comments), and every reason an
 * estimate can be not estimable: a typed value, never a number.
 */
import { describe, expect, test } from 'vitest';
import { estimateDid } from '../../../src/lib/analysis/did/estimate';
import type { DidOptions } from '../../../src/lib/analysis/did/options';
import { buildPanel, type PanelRow } from '../../../src/lib/analysis/did/panel';
import { reasonMessage, type NotEstimable } from '../../../src/lib/analysis/did/reasons';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue';
import { addMonths } from '../../../src/lib/model/months';
import { twfeDummies } from '../../helpers/did-reference';

interface Unit {
	code: string;
	joined: number | null;
	values: readonly number[];
	orders?: readonly number[];
	cases?: readonly number[];
	selected?: boolean;
}

const START = '2020-01';
function panelOf(units: readonly Unit[], dataFrom?: string) {
	const T = units[0]!.values.length;
	const rows: PanelRow[] = units.flatMap((u) =>
		u.values.map((value, t) => ({
			code: u.code,
			month: addMonths(START, t),
			value,
			orders: u.orders?.[t] ?? 1,
			all_orders: u.orders?.[t] ?? 1,
			cases: u.cases?.[t] ?? 0
		}))
	);
	return buildPanel({
		places: units.map((u) => ({
			code: u.code,
			cohort: u.joined === null ? null : u.joined === 2 ? 'early' : 'late',
			phase: u.joined === null ? 'none' : 'p',
			basis: u.joined === null ? 'modelled' : 'named',
			joined: u.joined === null ? null : addMonths(START, u.joined),
			selected: u.selected ?? true
		})),
		rows,
		from: START,
		to: addMonths(START, T - 1),
		dataFrom
	});
}

// Two joining groups and a never-joined one, four months (index 0–3).
const HAND: Unit[] = [
	{ code: 'E1', joined: 2, values: [10, 11, 15, 17] },
	{ code: 'E2', joined: 2, values: [12, 13, 18, 19] },
	{ code: 'L1', joined: 3, values: [5, 6, 7, 12] },
	{ code: 'L2', joined: 3, values: [7, 8, 10, 14] },
	{ code: 'N1', joined: null, values: [4, 5, 6, 7] },
	{ code: 'N2', joined: null, values: [6, 6, 7, 9] }
];
const HAND_OPTIONS: Partial<DidOptions> = {
	scale: 'level',
	baseMonths: 1,
	horizon: 'all',
	window: { pre: 3, post: 1 },
	minControls: 1
};
const cell = (r: ReturnType<typeof estimateDid>, group: string, month: string) => {
	const c = r.cells.find((x) => x.group === group && x.month === month);
	if (!c) throw new Error(`no cell ${group} ${month}`);
	return c;
};
const value = (r: ReturnType<typeof estimateDid>, group: string, month: string) => {
	const c = cell(r, group, month).result;
	if (!c.ok) throw new Error(`${group} ${month}: ${JSON.stringify(c.reasons)}`);
	return c;
};

describe('a hand-computable case: 2 joining groups, 4 months, base = the month before joining', () => {
	const r = estimateDid(panelOf(HAND), HAND_OPTIONS);

	test('ATT(g, t) after joining', () => {
		// E in 2020-03: E changes 15−11 = 4, 18−13 = 5 (mean 4.5); not yet joined L and never N:
		// 7−6 = 1, 10−8 = 2, 6−5 = 1, 7−6 = 1 (mean 1.25): 4.5 − 1.25 = 3.25.
		expect(value(r, '2020-03', '2020-03').estimate).toBeCloseTo(3.25, 12);
		expect(cell(r, '2020-03', '2020-03').controls).toBe(4);
		// E in 2020-04: L has joined, only N compares: (6 + 6)/2 − (2 + 3)/2 = 3.5.
		expect(value(r, '2020-03', '2020-04').estimate).toBeCloseTo(3.5, 12);
		expect(cell(r, '2020-03', '2020-04').controls).toBe(2);
		// L in 2020-04, base 2020-03: (5 + 4)/2 − (1 + 2)/2 = 3.
		expect(value(r, '2020-04', '2020-04').estimate).toBeCloseTo(3, 12);
	});

	test('placebos before joining, against the same base', () => {
		// E in 2020-01: (−1 −1)/2 − (−1 −1 −1 + 0)/4 = −1 + 0.75 = −0.25.
		expect(value(r, '2020-03', '2020-01').estimate).toBeCloseTo(-0.25, 12);
		// L in 2020-01 against N only (E has joined by the base month): −2.5 − (−1.5) = −1.
		expect(value(r, '2020-04', '2020-01').estimate).toBeCloseTo(-1, 12);
		// L in 2020-02: −1.5 − (−1) = −0.5.
		expect(value(r, '2020-04', '2020-02').estimate).toBeCloseTo(-0.5, 12);
		// The base month itself is zero by construction, with no standard error.
		const base = value(r, '2020-03', '2020-02');
		expect(base.estimate).toBe(0);
		expect(base.se).toBeNull();
	});

	test('standard errors from the influence function', () => {
		// E 2020-03: treated deviations ±0.5 → 0.5 / 2²; comparison 1, 2, 1, 1 (mean 1.25) → 0.75 / 4².
		expect(value(r, '2020-03', '2020-03').seAnalytic).toBeCloseTo(Math.sqrt(0.125 + 0.046875), 12);
		// L 2020-04: (0.5 / 4) + (0.5 / 4) = 0.25.
		expect(value(r, '2020-04', '2020-04').seAnalytic).toBeCloseTo(0.5, 12);
	});

	test('aggregations weighted by group size', () => {
		const e = r.event.find((s) => s.id === 'all')!;
		const at = (k: number) => {
			const p = e.points.find((x) => x.e === k)!.result;
			if (!p.ok) throw new Error(`e ${k}`);
			return p.estimate;
		};
		expect(at(0)).toBeCloseTo((3.25 + 3) / 2, 12);
		expect(at(1)).toBeCloseTo(3.5, 12);
		expect(at(-2)).toBeCloseTo((-0.25 - 0.5) / 2, 12);
		expect(at(-3)).toBeCloseTo(-1, 12);
		const groups = Object.fromEntries(
			r.groups.map((g) => [g.group, g.effect.ok ? g.effect.estimate : null])
		);
		expect(groups['2020-03']).toBeCloseTo((3.25 + 3.5) / 2, 12);
		expect(groups['2020-04']).toBeCloseTo(3, 12);
		expect(r.overall.effect.ok && r.overall.effect.estimate).toBeCloseTo((3.375 + 3) / 2, 12);
		expect(r.phases.map((p) => [p.id, p.places])).toEqual([
			['early', 2],
			['late', 2]
		]);
	});

	test('never-joined only: E in 2020-03 against N alone, (4.5 − 1) = 3.5', () => {
		const never = estimateDid(panelOf(HAND), { ...HAND_OPTIONS, comparison: 'never' });
		expect(value(never, '2020-03', '2020-03').estimate).toBeCloseTo(3.5, 12);
	});

	test('two-way fixed effects: the dummy regression’s coefficient, with its negative weights', () => {
		const ref = twfeDummies(
			HAND.flatMap((u) => u.values.map((y, t) => ({ id: u.code, period: t, y, joined: u.joined })))
		);
		if (!r.twfe.ok) throw new Error('twfe');
		expect(r.twfe.estimate).toBeCloseTo(ref.beta, 10);
		expect(r.twfe.se).toBeCloseTo(ref.se, 10);
		expect(r.twfe.negativeWeights.of).toBe(6);
	});
});

describe('ratio outcomes: ratios of sums, never averages of place ratios', () => {
	// Two months; E joins in the second. Value / orders per place:
	const units: Unit[] = [
		{ code: 'E1', joined: 1, values: [100, 300], orders: [10, 20] },
		{ code: 'E2', joined: 1, values: [200, 300], orders: [10, 10] },
		{ code: 'N1', joined: null, values: [50, 60], orders: [5, 5] },
		{ code: 'N2', joined: null, values: [150, 200], orders: [15, 20] }
	];
	const options: Partial<DidOptions> = {
		outcome: 'aov',
		baseMonths: 1,
		window: { pre: 0, post: 0 },
		horizon: 1,
		minControls: 1
	};

	test('average order value: E 300/20 = 15 → 600/30 = 20, N 200/20 = 10 → 260/25 = 10.4', () => {
		const log = estimateDid(panelOf(units), options);
		expect(value(log, '2020-02', '2020-02').estimate).toBeCloseTo(
			Math.log(20 / 15) - Math.log(10.4 / 10),
			12
		);
		const level = estimateDid(panelOf(units), { ...options, scale: 'level' });
		expect(value(level, '2020-02', '2020-02').estimate).toBeCloseTo(5 - 0.4, 12);
	});

	test('the influence function is n × the derivative of the estimate in each place’s weight', () => {
		const est = (w: number[]) => {
			const ratio = (idx: number[], t: number) =>
				idx.reduce((s, i) => s + w[i]! * units[i]!.values[t]!, 0) /
				idx.reduce((s, i) => s + w[i]! * units[i]!.orders![t]!, 0);
			return (
				Math.log(ratio([0, 1], 1) / ratio([0, 1], 0)) -
				Math.log(ratio([2, 3], 1) / ratio([2, 3], 0))
			);
		};
		const h = 1e-6;
		const grads = units.map((_, i) => {
			const up = [1, 1, 1, 1];
			const down = [1, 1, 1, 1];
			up[i] = 1 + h;
			down[i] = 1 - h;
			return (est(up) - est(down)) / (2 * h);
		});
		// se = √Σ(n ∂/∂w_i)² / n = √Σ(∂/∂w_i)².
		const se = Math.sqrt(grads.reduce((s, g) => s + g * g, 0));
		const r = estimateDid(panelOf(units), options);
		expect(value(r, '2020-02', '2020-02').seAnalytic).toBeCloseTo(se, 7);
	});

	test('violation rate: cases per 10,000 orders, zero cases make the log rate undefined', () => {
		const withCases = units.map((u, i) => ({ ...u, cases: i < 2 ? [1, 4] : [2, 2] }));
		const level = estimateDid(panelOf(withCases), { ...options, outcome: 'rate', scale: 'level' });
		// E: 2 / 20 orders → 8 / 30; N: 4 / 20 → 4 / 25, per 10,000.
		expect(value(level, '2020-02', '2020-02').estimate).toBeCloseTo(
			1e4 * (8 / 30 - 2 / 20 - (4 / 25 - 4 / 20)),
			8
		);
		const none = units.map((u, i) => ({ ...u, cases: i < 2 ? [0, 0] : [1, 1] }));
		const log = estimateDid(panelOf(none), { ...options, outcome: 'rate' });
		expect(cell(log, '2020-02', '2020-02').result).toEqual({
			ok: false,
			reasons: [{ code: 'zero-sum-log' }]
		});
	});
});

describe('not estimable, with the reason', () => {
	const reasons = (r: ReturnType<typeof estimateDid>, group: string, month: string) => {
		const c = cell(r, group, month).result;
		return c.ok ? [] : c.reasons;
	};

	test('no place outside the pilot after every place has joined', () => {
		const noNever = HAND.filter((u) => u.joined !== null);
		const r = estimateDid(panelOf(noNever), HAND_OPTIONS);
		expect(value(r, '2020-03', '2020-03').estimate).toBeCloseTo(4.5 - 1.5, 12);
		expect(reasons(r, '2020-03', '2020-04')).toEqual([{ code: 'no-comparison', month: '2020-04' }]);
		expect(reasons(r, '2020-04', '2020-04')).toEqual([{ code: 'no-comparison', month: '2020-04' }]);
		const late = r.groups.find((g) => g.group === '2020-04')!.effect;
		expect(late.ok).toBe(false);
	});

	test('too few comparison places, a group of one place', () => {
		const r = estimateDid(panelOf(HAND), { ...HAND_OPTIONS, minControls: 5 });
		expect(reasons(r, '2020-03', '2020-03')).toEqual([{ code: 'few-controls', n: 4, min: 5 }]);
		const one = estimateDid(panelOf(HAND.filter((u) => u.code !== 'E2')), HAND_OPTIONS);
		expect(reasons(one, '2020-03', '2020-03')).toEqual([{ code: 'single-place-group' }]);
	});

	test('too few months before joining, and whether the chosen range cut them', () => {
		const r = estimateDid(panelOf(HAND), { ...HAND_OPTIONS, baseMonths: 3 });
		expect(r.groups[0]!.effect).toEqual({
			ok: false,
			reasons: [{ code: 'few-pre-months', available: 2, needed: 3, byRange: false }]
		});
		const cut = estimateDid(panelOf(HAND, '2019-10'), { ...HAND_OPTIONS, baseMonths: 3 });
		expect(cut.groups[0]!.effect).toEqual({
			ok: false,
			reasons: [{ code: 'few-pre-months', available: 2, needed: 3, byRange: true }]
		});
	});

	test('zero values on a log outcome: the places are counted, not dropped silently', () => {
		const zeros = HAND.map((u) => (u.code.startsWith('E') ? { ...u, values: [10, 0, 15, 17] } : u));
		const r = estimateDid(panelOf(zeros), { ...HAND_OPTIONS, scale: 'log' });
		expect(r.dropped).toEqual({ places: 2, months: 2 });
		expect(reasons(r, '2020-03', '2020-03')).toEqual([
			{ code: 'log-nonpositive', places: 2, months: 2 }
		]);
	});

	test('no joining variation, nobody joined, the horizon beyond the data', () => {
		const same = HAND.map((u) => ({ ...u, joined: 2 }));
		expect(estimateDid(panelOf(same), HAND_OPTIONS).reasons).toContainEqual({
			code: 'no-variation'
		});
		const nobody = HAND.map((u) => ({ ...u, selected: false }));
		expect(estimateDid(panelOf(nobody), HAND_OPTIONS).reasons).toEqual([{ code: 'no-treated' }]);
		const short = estimateDid(panelOf(HAND), { ...HAND_OPTIONS, horizon: 12 });
		expect(short.groups[0]!.effect).toEqual({
			ok: false,
			reasons: [{ code: 'few-post-months', available: 2, needed: 12 }]
		});
	});

	test('every reason has its message in both languages, with its numbers filled in', () => {
		const all: NotEstimable[] = [
			{ code: 'no-treated' },
			{ code: 'no-variation' },
			{ code: 'few-pre-months', available: 4, needed: 12, byRange: false },
			{ code: 'few-pre-months', available: 4, needed: 12, byRange: true },
			{ code: 'no-post-months' },
			{ code: 'few-post-months', available: 6, needed: 12 },
			{ code: 'single-place-group' },
			{ code: 'few-treated', n: 1, min: 2 },
			{ code: 'no-comparison', month: '2021-03' },
			{ code: 'few-controls', n: 3, min: 5 },
			{ code: 'log-nonpositive', places: 2, months: 7 },
			{ code: 'zero-sum-log' },
			{ code: 'zero-denominator' },
			{
				code: 'incomplete-horizon',
				missing: 3,
				months: 12,
				first: { code: 'no-comparison', month: '2021-03' }
			},
			{ code: 'no-estimable-group', first: null },
			{ code: 'no-pre-periods' }
		];
		for (const r of all) {
			const m = reasonMessage(r);
			for (const lang of ['en', 'zh'] as const) {
				const text = CATALOGUES[lang][m.key];
				expect(text, `${lang} ${m.key}`).toBeTruthy();
				for (const p of Object.keys(m.params))
					expect(text, `${lang} ${m.key} {${p}}`).toContain(`{${p}}`);
			}
		}
	});
});
