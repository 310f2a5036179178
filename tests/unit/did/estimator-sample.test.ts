/**
 * The estimator on the bundled SAMPLE, whose joining effect is known from the model: a place that
 * joins adds bonded (1210) imports on top of direct purchases (9610) that joining does not change,
 * so each place-month's realised effect on log value is log(total) − log(9610 alone), computed
 * here in SQL from the channel split, independently of the estimator.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../scripts/generate/dataset';
import { estimateDid } from '../../../src/lib/analysis/did/estimate';
import { panelFromQueries } from '../../../src/lib/analysis/did/from-query';
import type { DidOptions } from '../../../src/lib/analysis/did/options';
import type { DidResult } from '../../../src/lib/analysis/did/result';
import { builtInLogEffect } from '../../../src/lib/model/sample-effects';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';
import { addMonths } from '../../../src/lib/model/months';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '../../../src/lib/queries/outcomes';
import { openTestDb, type TestDb } from '../../helpers/duckdb';

let db: TestDb;
let realised: Map<string, number>;

beforeAll(async () => {
	const data = generateDataset();
	db = await openTestDb();
	for (const t of data.manifest.tables) db.loadArrow(t.name, data.files.get(t.file)!);
	const rows = db.rows<{ grp: string; truth: number }>(`
		WITH cm AS (
			SELECT i.city_code, i."month", c.joined_month, sum(i.value_cny) AS total,
				sum(i.value_cny) FILTER (WHERE i.channel = '9610') AS direct
			FROM imports i JOIN cities c ON c.code = i.city_code
			WHERE c.joined_month IS NOT NULL GROUP BY ALL
		)
		SELECT strftime(joined_month, '%Y-%m') AS grp, avg(ln(total) - ln(direct)) AS truth
		FROM cm WHERE date_diff('month', joined_month, "month") BETWEEN 0 AND 11
		GROUP BY 1 ORDER BY 1`);
	realised = new Map(rows.map((r) => [r.grp, r.truth]));
});
afterAll(() => db?.close());

function estimate(
	filters: Partial<Filters> = {},
	options: Partial<DidOptions> = {},
	keep: (p: OutcomePlaceRow) => boolean = () => true
): DidResult {
	const f = { ...DEFAULT_FILTERS, ...filters };
	const pq = outcomePlacesQuery(f);
	const mq = outcomeMonthsQuery(f);
	const places = db.rows<OutcomePlaceRow>(pq.sql, pq.params).filter(keep);
	const codes = new Set(places.map((p) => p.code));
	const rows = db.rows<OutcomeMonthRow>(mq.sql, mq.params).filter((r) => codes.has(r.code));
	return estimateDid(panelFromQueries(places, rows)!, options);
}

const builtIn = (group: string, outcome: 'value' | 'rate' = 'value') =>
	Array.from({ length: 12 }, (_, m) => builtInLogEffect(outcome, m, addMonths(group, m))).reduce(
		(s, v) => s + v,
		0
	) / 12;

describe('import value (growth), first 12 months, against places not yet in the pilot', () => {
	let r: DidResult;
	beforeAll(() => {
		r = estimate();
	});

	test('each group recovers its realised and its built-in effect within the band', () => {
		const groups = r.groups.filter((g) => g.effect.ok);
		expect(groups.map((g) => g.group)).toEqual(['2018-01', '2019-01', '2020-01', '2021-03']);
		for (const g of groups) {
			if (!g.effect.ok) continue;
			const truth = realised.get(g.group)!;
			expect(truth, g.group).toBeGreaterThan(g.effect.lower!);
			expect(truth, g.group).toBeLessThan(g.effect.upper!);
			expect(builtIn(g.group), g.group).toBeGreaterThan(g.effect.lower!);
			expect(builtIn(g.group), g.group).toBeLessThan(g.effect.upper!);
			expect(Math.abs(g.effect.estimate - truth), g.group).toBeLessThan(0.03);
		}
	});

	test('the 2016 joiners are not estimable: four months of data before joining', () => {
		expect(r.groups[0]).toMatchObject({
			group: '2016-05',
			places: 10,
			effect: {
				ok: false,
				reasons: [{ code: 'few-pre-months', available: 4, needed: 12, byRange: false }]
			}
		});
		const c37 = r.phases.find((p) => p.id === 'c37')!;
		expect([c37.places, c37.placesSelected]).toEqual([27, 37]);
		expect(c37.excluded.map((x) => x.group)).toEqual(['2016-05']);
	});

	test('every phase is estimable against the never-joined places, also after March 2021', () => {
		expect(r.phases.map((p) => [p.id, p.effect.ok])).toEqual([
			['c37', true],
			['c86', true],
			['call', true]
		]);
		const late = r.cells.find((c) => c.group === '2021-03' && c.e === 0)!;
		expect(late.controls).toBe(18);
	});

	test('without the modelled comparison places the all-zone phase has nothing to compare with', () => {
		const without = estimate({}, {}, (p) => p.phase !== 'none');
		const call = without.phases.find((p) => p.id === 'call')!;
		expect(call.effect.ok).toBe(false);
		const cell = without.cells.find((c) => c.group === '2021-03' && c.e === 0)!;
		expect(cell.result).toEqual({
			ok: false,
			reasons: [{ code: 'no-comparison', month: '2021-03' }]
		});
		// The 2020 group still has not-yet-joined places (the 2021 joiners) for its first 12 months.
		expect(without.phases.find((p) => p.id === 'c86')!.effect.ok).toBe(true);
	});

	test('the naive two-way fixed-effects estimate differs, with negatively weighted treated months', () => {
		if (!r.twfe.ok || !r.overall.effect.ok) throw new Error('not estimable');
		expect(Math.abs(r.twfe.estimate - r.overall.effect.estimate)).toBeGreaterThan(0.1);
		expect(r.twfe.negativeWeights.cells).toBeGreaterThan(0);
	});

	test('the pooled placebos do not reject parallel trends', () => {
		const all = r.event.find((s) => s.id === 'all')!.preTrend;
		if (!all.ok) throw new Error('no test');
		expect(all.p).toBeGreaterThan(0.05);
	});
});

describe('other outcomes and filters', () => {
	test('direct purchase (9610) alone, which joining does not change: every band covers zero', () => {
		const r = estimate({ channels: ['9610'] });
		for (const g of r.groups.filter((x) => x.effect.ok)) {
			if (!g.effect.ok) continue;
			expect(g.effect.lower!, g.group).toBeLessThan(0);
			expect(g.effect.upper!, g.group).toBeGreaterThan(0);
		}
	});

	test('bonded (1210) alone on growth: not estimable, zero before joining, and the counts say so', () => {
		const r = estimate({ channels: ['1210'] });
		expect(r.dropped.places).toBe(139);
		const g = r.groups.find((x) => x.group === '2020-01')!;
		expect(g.effect.ok).toBe(false);
		const cell = r.cells.find((c) => c.group === '2020-01' && c.e === 0)!;
		expect(cell.result.ok ? null : cell.result.reasons[0]?.code).toBe('log-nonpositive');
		// In levels, the bonded value itself is the effect.
		expect(
			estimate({ channels: ['1210'] }, { scale: 'level' }).groups.find(
				(x) => x.group === '2020-01'
			)!.effect.ok
		).toBe(true);
	});

	test('average order value: no effect built in, the estimate is near zero', () => {
		const r = estimate({}, { outcome: 'aov' });
		const o = r.overall.effect;
		if (!o.ok) throw new Error('aov');
		expect(Math.abs(o.estimate)).toBeLessThan(0.02);
	});

	test('violation rate: the built-in rise of new places is recovered within the band', () => {
		const r = estimate({}, { outcome: 'rate' });
		for (const g of r.groups.filter((x) => x.effect.ok)) {
			if (!g.effect.ok) continue;
			const truth = builtIn(g.group, 'rate');
			expect(truth, g.group).toBeGreaterThan(g.effect.lower!);
			expect(truth, g.group).toBeLessThan(g.effect.upper!);
		}
	});

	test('a range starting in 2019 cuts the 2018 and 2019 joiners’ base months', () => {
		const r = estimate({ from: '2019-01' });
		expect(r.from).toBe('2019-01');
		const g2018 = r.groups.find((g) => g.group === '2018-01')!;
		expect(g2018.effect).toMatchObject({
			ok: false,
			reasons: [{ code: 'few-pre-months', available: 0, byRange: true }]
		});
		expect(r.groups.find((g) => g.group === '2020-01')!.effect.ok).toBe(true);
	});

	test('one province: the phases it has, with its own comparison place', () => {
		const r = estimate({ provinces: ['510000'] });
		expect(r.counts.neverJoined).toBe(1);
		expect(r.counts.places).toBe(5);
	});
});
