/**
 * The outcome views' rows: the event-time points and group × month cells as the page shows them
 * (log points read as exp(θ) − 1, bands too), groups without any estimable cell said once, and the
 * table columns (the reason spans the number columns where there is no number).
 */
import { describe, expect, test } from 'vitest';
import { estimateDid } from '../../../src/lib/analysis/did';
import type { Translate } from '../../../src/lib/analysis/series-labels';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue';
import {
	cellRows,
	effectKind,
	eventRows,
	eventSeriesIds,
	unestimableGroups
} from '../../../src/lib/components/timeline/outcome-rows';
import { effectColumns } from '../../../src/lib/components/timeline/outcome-columns';
import { cellText } from '../../../src/lib/charts/table/columns';
import { syntheticPanel } from '../../helpers/did-synthetic';

const en: Translate = (key, params = {}) =>
	CATALOGUES.en[key].replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

const { panel } = syntheticPanel({
	seed: 11,
	periods: 40,
	groups: [
		{ joined: 3, places: 6 }, // three months before joining: not estimable with a 12-month base
		{ joined: 16, places: 8 },
		{ joined: 24, places: 8 },
		{ joined: null, places: 10 }
	],
	effect: () => Math.log(1.5),
	noise: 0.03
});
const exp = {
	...panel,
	measures: { ...panel.measures, value: panel.measures.value.map(Math.exp) }
};
const options = {
	window: { pre: 12, post: 12 },
	bootstrap: { draws: 199, seed: 'rows', level: 0.95 }
};
const r = estimateDid(exp, options);

describe('event-time rows', () => {
	test('each point reads as a change: exp of the estimate and of both band ends, minus one', () => {
		const raw = r.event.find((s) => s.id === 'all')!.points;
		const rows = eventRows(r, 'all');
		expect(rows.map((p) => p.e)).toEqual(raw.map((p) => p.e));
		for (const [i, p] of rows.entries()) {
			const q = raw[i]!.result;
			if (!q.ok) {
				expect(p.estimate).toBeNull();
				expect(p.reason).not.toBeNull();
				continue;
			}
			expect(p.estimate).toBeCloseTo(Math.exp(q.estimate) - 1, 12);
			expect(p.lower).toBeCloseTo(Math.exp(q.lower!) - 1, 12);
			expect(p.upper).toBeCloseTo(Math.exp(q.upper!) - 1, 12);
			expect(p.lower!).toBeLessThan(p.estimate!);
		}
		// the planted +50 % after joining, zero before
		const after = rows.find((p) => p.e === 6)!;
		expect(after.estimate!).toBeGreaterThan(after.lower!);
		expect(after.lower!).toBeLessThan(0.5);
		expect(after.upper!).toBeGreaterThan(0.5);
		expect(effectKind(r)).toBe('change');
		expect(eventSeriesIds(r)).toContain('all');
	});

	test('in levels the numbers are the estimator’s own', () => {
		const level = estimateDid(exp, { ...options, scale: 'level' });
		const raw = level.event.find((s) => s.id === 'all')!.points.find((p) => p.e === 3)!.result;
		if (!raw.ok) throw new Error('not estimable');
		expect(eventRows(level, 'all').find((p) => p.e === 3)!.estimate).toBe(raw.estimate);
		expect(effectKind(level)).toBe('cny');
	});
});

describe('group × month rows', () => {
	test('a group with no estimable cell is said once, not in a row per month', () => {
		const rows = cellRows(r);
		const early = r.groups[0]!.group;
		expect(rows.some((c) => c.group === early)).toBe(false);
		expect(unestimableGroups(r)).toEqual([
			{
				group: early,
				places: 6,
				reason: {
					key: 'outcomes.reason.few-pre-months',
					params: { available: 3, needed: 12 }
				}
			}
		]);
		expect(rows.length).toBe(r.cells.filter((c) => c.group !== early).length);
	});

	test('a cell without a number shows its reason across the number columns', () => {
		const rows = cellRows(r);
		const columns = effectColumns(rows, 'change', 'en', en, { se: true });
		const blank = rows.find((c) => c.reason !== null);
		const full = rows.find((c) => c.reason === null)!;
		expect(cellText(columns[0]!, full)).toMatch(/^[+−]\d/);
		expect(columns[0]!.span?.(full)).toBe(1);
		if (blank) {
			expect(columns[0]!.span?.(blank)).toBe(3);
			expect(cellText(columns[0]!, blank)).toMatch(/^Not estimable/);
		}
	});
});
