/**
 * What the estimates become for people and files: one sentence per phase in both languages, the
 * growth table's rows, the export table (Arrow, round-tripped), the per-filter-state cache and
 * what the sample model built in.
 */
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import {
	EstimateCache,
	builtInEffects,
	estimateDid,
	estimateRows,
	estimatesExportSource,
	growthRows,
	phaseSentence
} from '../../../src/lib/analysis/did';
import type { Translate } from '../../../src/lib/analysis/series-labels';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { outcomeMonthsQuery, outcomePlacesQuery } from '../../../src/lib/queries/outcomes';
import { syntheticPanel } from '../../helpers/did-synthetic';

const tr =
	(lang: 'en' | 'zh'): Translate =>
	(key, params = {}) =>
		(CATALOGUES[lang][key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

const { panel } = syntheticPanel({
	seed: 7,
	periods: 40,
	groups: [
		{ joined: 14, places: 8 },
		{ joined: 22, places: 8 },
		{ joined: null, places: 10 }
	],
	effect: () => Math.log(1.5),
	noise: 0.03
});
const exp = {
	...panel,
	measures: { ...panel.measures, value: panel.measures.value.map(Math.exp) }
};
const result = estimateDid(exp, {
	window: { pre: 12, post: 17 },
	bootstrap: { draws: 199, seed: 's', level: 0.95 }
});

describe('sentences', () => {
	test('a phase: its change, band, horizon, comparison and pre-trend test, in both languages', () => {
		const phase = result.phases[0]!;
		const en = phaseSentence(result, phase, 'en', tr('en'));
		expect(en).toMatch(
			/^cohort\.c14 cohort \(8 of 8 places\): \+5\d\.\d% \(95% band \+\d+\.\d% to \+\d+\.\d%\) in their first 12 months against places not yet in the pilot; pre-trend test p [=<] \d/
		);
		const zh = phaseSentence(result, phase, 'zh', tr('zh'));
		expect(zh).toContain('加入后前12个月+5');
		expect(zh).toContain('比较对象为尚未加入试点的地区');
		expect(zh).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
	});

	test('not estimable: the sentence gives the reason instead of a number', () => {
		const r = estimateDid(exp, {
			minControls: 100,
			bootstrap: { draws: 199, seed: 's', level: 0.95 }
		});
		const text = phaseSentence(r, r.overall, 'en', tr('en'));
		expect(text).toContain('Not estimable');
		expect(text).not.toMatch(/\d+\.\d%/);
	});

	test('the growth table’s rows are the same numbers, as changes', () => {
		const rows = growthRows(result);
		expect(rows.map((r) => r.cohort)).toEqual(['c14', 'c22', 'all']);
		const o = result.overall.effect;
		if (!o.ok) throw new Error('overall');
		expect(rows[2]!.change).toBeCloseTo(Math.expm1(o.estimate), 12);
		expect(rows[2]!.change).toBeGreaterThan(0.45);
		expect(rows[2]!.change).toBeLessThan(0.55);
	});
});

describe('export', () => {
	test('rows for every cell, event point, group, phase, the overall effect and TWFE', () => {
		const rows = estimateRows(result);
		const count = (level: string) => rows.filter((r) => r.level === level).length;
		expect(count('cell')).toBe(result.cells.length);
		expect(count('event')).toBe(result.event.reduce((s, e) => s + e.points.length, 0));
		expect([count('group'), count('phase'), count('overall'), count('twfe')]).toEqual([2, 2, 1, 1]);
		const cell = rows.find(
			(r) => r.level === 'cell' && r.group === '2011-03' && r.event_time === 0
		)!;
		expect(cell).toMatchObject({
			month: '2011-03',
			treated_places: 8,
			control_places: 18,
			not_estimable: null
		});
	});

	test('an export source whose Arrow bytes read back, with the panel SQL and the filters', () => {
		const queries = {
			places: outcomePlacesQuery(DEFAULT_FILTERS),
			months: outcomeMonthsQuery(DEFAULT_FILTERS)
		};
		const source = estimatesExportSource(
			result,
			{ ...DEFAULT_FILTERS, phases: ['p2020'] },
			queries
		);
		const table = tableFromIPC(source.ipc);
		expect(table.numRows).toBe(source.rows);
		expect(table.schema.fields.map((f) => f.name)).toEqual([
			'level',
			'series',
			'group',
			'month',
			'event_time',
			'outcome',
			'scale',
			'estimate',
			'std_error',
			'lower',
			'upper',
			'treated_places',
			'control_places',
			'not_estimable'
		]);
		expect(source.filters).toEqual({ phase: 'p2020' });
		expect(source.sql).toContain('-- estimated in the browser');
	});

	test('a not-estimable row says why, with no number', () => {
		const r = estimateDid(exp, {
			minControls: 100,
			bootstrap: { draws: 199, seed: 's', level: 0.95 }
		});
		const row = estimateRows(r).find((x) => x.level === 'overall')!;
		expect(row.estimate).toBeNull();
		expect(row.not_estimable).toMatch(
			/^Not estimable: \d+ comparison places; at least 100 are needed\.$/
		);
	});
});

describe('cache and built-in effects', () => {
	test('one computation per filter state and options', () => {
		const cache = new EstimateCache(2);
		const q = (phases: string[]) => ({
			places: outcomePlacesQuery({ ...DEFAULT_FILTERS, phases }),
			months: outcomeMonthsQuery({ ...DEFAULT_FILTERS, phases })
		});
		let runs = 0;
		const compute = () => {
			runs++;
			return result;
		};
		cache.get(EstimateCache.key(q([]), 'v1', { outcome: 'value' }), compute);
		cache.get(EstimateCache.key(q([]), 'v1', { outcome: 'value' }), compute);
		expect(runs).toBe(1);
		cache.get(EstimateCache.key(q(['p2020']), 'v1', { outcome: 'value' }), compute);
		cache.get(EstimateCache.key(q([]), 'v2', { outcome: 'value' }), compute);
		cache.get(EstimateCache.key(q([]), 'v1', { outcome: 'orders' }), compute);
		expect(runs).toBe(4);
		expect(cache.size).toBe(2);
	});

	test('the sample’s built-in effect, averaged like the estimate; none off the log scale', () => {
		const built = builtInEffects(result)!;
		expect([...built.keys()]).toEqual(['c14', 'c22', 'all']);
		// Synthetic months are 2010–2013, before the sample's 2016 start: the model's curve still applies.
		expect(built.get('all')).toBeGreaterThan(0.5);
		expect(
			builtInEffects(
				estimateDid(panel, { scale: 'level', bootstrap: { draws: 199, seed: 's', level: 0.95 } })
			)
		).toBeNull();
	});
});
