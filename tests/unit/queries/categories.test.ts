import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { COMPLIANCE_FIXTURE } from '../../helpers/compliance-fixture';
import { sql } from '../../../src/lib/queries/sql';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import {
	categoryScope,
	channelSplitQuery,
	compositionQuery,
	shareTrendQuery,
	type ChannelSplitRow,
	type CompositionRow,
	type ShareTrendRow
} from '../../../src/lib/queries/categories';

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb(COMPLIANCE_FIXTURE);
});
afterAll(() => db.close());

// Hand-made scopes (their filters are only what a view request would carry).
const c37 = { where: sql`i.cohort = ${'c37'}`, national: sql`TRUE`, filters: DEFAULT_FILTERS };
const all = { where: sql`TRUE`, national: sql`TRUE`, filters: DEFAULT_FILTERS };

describe('compositionQuery', () => {
	test('binds values as parameters and quotes the metric column', () => {
		const q = compositionQuery({ ...c37, metric: 'value' });
		expect(q.sql).not.toContain('c37');
		expect(q.sql).toContain('"i"."value_cny"');
		expect(q.params).toEqual(['c37', 'national', 'national']);
		expect(compositionQuery({ ...c37, metric: 'orders' }).sql).toContain('"i"."orders"');
	});

	test('shares of value per cohort and nationally, worked out by hand', () => {
		const q = compositionQuery({ ...all, metric: 'value' });
		const rows = db.rows<CompositionRow>(q.sql, q.params);
		expect(rows.map((r) => `${r.grp}/${r.category}`)).toEqual([
			'c37/beauty',
			'c37/food',
			'c86/food',
			'call/beauty',
			'national/beauty',
			'national/food'
		]);
		const at = (g: string, k: string) => rows.find((r) => r.grp === g && r.category === k)!;
		expect(at('c37', 'beauty').amount).toBe(162_000);
		expect(at('c37', 'beauty').share).toBeCloseTo(162_000 / 242_000, 12);
		expect(at('c86', 'food').share).toBe(1);
		expect(at('national', 'food').share).toBeCloseTo(85_000 / 249_500, 12);
	});

	test('orders metric and a cohort filter; the national bar ignores the place filter', () => {
		const q = compositionQuery({ ...c37, metric: 'orders' });
		const rows = db.rows<CompositionRow>(q.sql, q.params);
		expect(new Set(rows.map((r) => r.grp))).toEqual(new Set(['c37', 'national']));
		const at = (g: string, k: string) => rows.find((r) => r.grp === g && r.category === k)!;
		expect(at('c37', 'food').share).toBeCloseTo(4000 / 20_200, 12);
		expect(at('national', 'beauty').amount).toBe(16_250);
	});
});

describe('shareTrendQuery', () => {
	test('shares per year, group and category', () => {
		const q = shareTrendQuery({ ...all, metric: 'value' });
		const rows = db.rows<ShareTrendRow>(q.sql, q.params);
		expect(rows.every((r) => r.year === 2021)).toBe(true);
		const nat = rows.filter((r) => r.grp === 'national');
		expect(nat.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
		expect(rows.find((r) => r.grp === 'c37' && r.category === 'food')!.share).toBeCloseTo(
			80_000 / 242_000,
			12
		);
	});
});

describe('channelSplitQuery', () => {
	test('1210 and 9610 per category', () => {
		const q = channelSplitQuery({ ...all, metric: 'value' });
		const rows = db.rows<ChannelSplitRow>(q.sql, q.params);
		expect(rows).toEqual([
			{ category: 'beauty', bonded: 162_000, direct: 2_500, bonded_share: 162_000 / 164_500 },
			{ category: 'food', bonded: 5_000, direct: 80_000, bonded_share: 5_000 / 85_000 }
		]);
	});

	test('a filter narrows both channels', () => {
		const q = channelSplitQuery({ ...c37, metric: 'orders' });
		const rows = db.rows<ChannelSplitRow>(q.sql, q.params);
		expect(rows.find((r) => r.category === 'food')).toEqual({
			category: 'food',
			bonded: 0,
			direct: 4000,
			bonded_share: 0
		});
	});
});

describe('categoryScope', () => {
	test('the national bar keeps time, category and channel filters, not place filters', () => {
		const scope = categoryScope({
			...DEFAULT_FILTERS,
			cities: ['B'],
			channels: ['1210'],
			metric: 'orders'
		});
		expect(scope.metric).toBe('orders');
		expect(scope.national.sql).not.toContain('city_code');
		const q = compositionQuery(scope);
		const rows = db.rows<CompositionRow>(q.sql, q.params);
		const at = (g: string, k: string) => rows.find((r) => r.grp === g && r.category === k)!;
		expect(at('c37', 'beauty')).toMatchObject({ amount: 200, share: 1 });
		expect(at('national', 'beauty').amount).toBe(16_200);
		expect(at('national', 'food').amount).toBe(500);
	});

	test('average order value has no shares: it falls back to value', () => {
		expect(categoryScope({ ...DEFAULT_FILTERS, metric: 'aov' }).metric).toBe('value');
	});
});
