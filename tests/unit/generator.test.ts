/**
 * The generated SAMPLE, checked with SQL in DuckDB over the Arrow bytes the app will load, so the
 * checks do not reuse the generator's own sums.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset, type GeneratedDataset } from '../../scripts/generate/dataset';
import { CHANNELS, NOT_IN_PILOT, TABLES } from '../../src/lib/schema';
import { openTestDb, type TestDb } from '../helpers/duckdb';

let data: GeneratedDataset;
let db: TestDb;

beforeAll(async () => {
	data = generateDataset();
	db = await openTestDb();
	for (const t of data.manifest.tables) db.loadArrow(t.name, data.files.get(t.file)!);
});
afterAll(() => db?.close());

/** One number from a one-row, one-column query. */
function scalar(sql: string, params: readonly unknown[] = []): number {
	const [row] = db.rows(sql, params);
	return Number(Object.values(row ?? {})[0]);
}

describe('tables against the contract', () => {
	test.each(TABLES.map((t) => [t.name, t] as const))(
		'%s: DESCRIBE types equal the schema',
		(name, spec) => {
			const described = db.rows<{ column_name: string; column_type: string }>(`DESCRIBE ${name}`);
			expect(described.map((d) => [d.column_name, d.column_type])).toEqual(
				spec.columns.map((c) => [c.name, c.type])
			);
		}
	);

	test.each(TABLES.map((t) => [t.name, t] as const))(
		'%s: keys unique, no nulls where not allowed',
		(name, spec) => {
			const key = spec.primaryKey.join(', ');
			expect(scalar(`SELECT count(*) - count(DISTINCT (${key})) FROM ${name}`)).toBe(0);
			for (const c of spec.columns.filter((col) => col.nullable !== true)) {
				expect(scalar(`SELECT count(*) FROM ${name} WHERE ${c.name} IS NULL`), c.name).toBe(0);
			}
		}
	);

	test('the manifest lists every table with its rows, bytes and hash', () => {
		const m = data.manifest;
		expect(m).toMatchObject({
			sample: true,
			format: 'arrow-ipc-stream',
			firstMonth: '2016-01',
			lastMonth: '2025-12'
		});
		expect(m.version).toMatch(/^[0-9a-f]{16}$/);
		expect(m.tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
		expect([...data.files.keys()]).toEqual(m.tables.map((t) => t.file));
		for (const t of m.tables) {
			const bytes = data.files.get(t.file)!;
			expect(t.file).toBe(`${t.name}.arrow`);
			expect(scalar(`SELECT count(*) FROM ${t.name}`), t.name).toBe(t.rows);
			expect(bytes.length).toBe(t.bytes);
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(t.sha256);
		}
	});

	test('modelled rows point at reference rows', () => {
		const orphans = (sql: string) => scalar(`SELECT count(*) FROM (${sql})`);
		expect(orphans('SELECT city_code FROM imports EXCEPT SELECT code FROM cities')).toBe(0);
		expect(orphans('SELECT category FROM imports EXCEPT SELECT id FROM categories')).toBe(0);
		expect(orphans('SELECT city_code FROM violations EXCEPT SELECT code FROM cities')).toBe(0);
		expect(orphans('SELECT type FROM violations EXCEPT SELECT id FROM violation_types')).toBe(0);
		expect(
			orphans(
				`SELECT phase FROM cities WHERE phase <> '${NOT_IN_PILOT}' EXCEPT SELECT id FROM phases`
			)
		).toBe(0);
		const channels = db.rows<{ channel: string }>(
			'SELECT DISTINCT channel FROM imports ORDER BY 1'
		);
		expect(channels.map((c) => c.channel)).toEqual([...CHANNELS]);
	});

	test('months run from 2016-01 to 2025-12, first of month', () => {
		for (const t of ['imports', 'violations']) {
			const [r] = db.rows<{ lo: string; hi: string; n: number; odd: number }>(
				`SELECT strftime(min(month), '%Y-%m-%d') lo, strftime(max(month), '%Y-%m-%d') hi,
					count(DISTINCT month) n, count(*) FILTER (WHERE day(month) <> 1) odd FROM ${t}`
			);
			expect(r).toEqual({ lo: '2016-01-01', hi: '2025-12-01', n: 120, odd: 0 });
		}
	});
});

describe('imports', () => {
	test('every row has at least one order and a whole-yuan value', () => {
		expect(scalar('SELECT count(*) FROM imports WHERE orders < 1')).toBe(0);
		expect(
			scalar('SELECT count(*) FROM imports WHERE value_cny < 0 OR value_cny <> round(value_cny)')
		).toBe(0);
	});

	test('national totals are within 1 % of the published retail-import figures (2017, 2019, 2020)', () => {
		const rows = db.rows<{ year: number; published: number; sample: number }>(
			`SELECT n.year, n.value_cny_bn * 1e9 AS published, sum(i.value_cny) AS sample
			FROM national_totals n JOIN imports i ON year(i.month) = n.year
			WHERE n.flow = 'imports' AND n.period = 'full year'
				AND n.scope IN ('customs platform (retail)', 'retail imports')
			GROUP BY ALL ORDER BY 1`
		);
		expect(rows.map((r) => r.year)).toEqual([2017, 2019, 2020]);
		for (const r of rows)
			expect(Math.abs(r.sample / r.published - 1), String(r.year)).toBeLessThan(0.01);
	});

	test('national totals are within 0.1 % of every sample target', () => {
		const rows = db.rows<{ year: number; target: number; sample: number }>(
			`SELECT t.year, t.value_cny_bn * 1e9 AS target, sum(i.value_cny) AS sample
			FROM sample_targets t JOIN imports i ON year(i.month) = t.year GROUP BY ALL ORDER BY 1`
		);
		expect(rows.map((r) => r.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025
		]);
		for (const r of rows)
			expect(Math.abs(r.sample / r.target - 1), String(r.year)).toBeLessThan(0.001);
	});

	test('no city has bonded (1210) orders before its joined_month, and all have them after', () => {
		expect(
			scalar(`SELECT count(*) FROM imports i JOIN cities c ON c.code = i.city_code
				WHERE i.channel = '1210' AND (i.month < c.joined_month OR c.joined_month IS NULL)`)
		).toBe(0);
		expect(
			scalar(`SELECT count(*) FROM cities c WHERE c.joined_month IS NOT NULL AND NOT EXISTS (
				SELECT 1 FROM imports i
				WHERE i.city_code = c.code AND i.channel = '1210' AND i.month = c.joined_month)`)
		).toBe(0);
	});

	test('every reference city appears, with direct purchase (9610) in every month', () => {
		expect(scalar('SELECT count(DISTINCT city_code) FROM imports')).toBe(
			scalar('SELECT count(*) FROM cities')
		);
		expect(
			scalar(`SELECT count(*) FROM (SELECT city_code FROM imports WHERE channel = '9610'
				GROUP BY 1 HAVING count(DISTINCT month) < 120)`)
		).toBe(0);
	});

	test('November is above and the Spring Festival month below the mean month, every year', () => {
		const springFestival: Record<number, number> = {
			2016: 2,
			2017: 1,
			2018: 2,
			2019: 2,
			2020: 1,
			2021: 2,
			2022: 2,
			2023: 1,
			2024: 2,
			2025: 1
		};
		const rows = db.rows<{ y: number; m: number; v: number }>(
			'SELECT year(month) y, month(month) m, sum(value_cny) v FROM imports GROUP BY ALL ORDER BY 1, 2'
		);
		for (const [y, cny] of Object.entries(springFestival)) {
			const months = rows.filter((r) => r.y === Number(y));
			expect(months).toHaveLength(12);
			const mean = months.reduce((s, r) => s + r.v, 0) / 12;
			expect(months.find((r) => r.m === 11)!.v, `${y}-11`).toBeGreaterThan(mean);
			expect(months.find((r) => r.m === cny)!.v, `${y}-${cny}`).toBeLessThan(mean);
			// A dip, not just a slow start of the year: below the other of January and February.
			const other = months.find((r) => r.m === 3 - cny)!.v;
			expect(months.find((r) => r.m === cny)!.v, `${y}-${cny} vs ${3 - cny}`).toBeLessThan(other);
		}
	});

	test('2022 national category shares are within 0.5 pp of categories.share_2022_pct', () => {
		const rows = db.rows<{ id: string; basis: string; expected: number; actual: number }>(
			`SELECT c.id, c.share_basis basis, c.share_2022_pct expected,
				100 * sum(i.value_cny) / (SELECT sum(value_cny) FROM imports WHERE year(month) = 2022) actual
			FROM categories c JOIN imports i ON i.category = c.id AND year(i.month) = 2022 GROUP BY ALL`
		);
		expect(rows).toHaveLength(10);
		const published = rows
			.filter((r) => r.basis === 'published')
			.map((r) => r.id)
			.sort();
		expect(published).toEqual(['beauty', 'food']);
		for (const r of rows) expect(Math.abs(r.actual - r.expected), r.id).toBeLessThan(0.5);
	});

	test('the bonded (1210) share is as data/README.md states', () => {
		const share = (where: string) =>
			scalar(
				`SELECT sum(value_cny) FILTER (WHERE channel = '1210') / sum(value_cny) FROM imports WHERE ${where}`
			);
		expect(share('year(month) = 2016')).toBeGreaterThan(0.3);
		expect(share('year(month) = 2016')).toBeLessThan(0.5);
		for (let y = 2019; y <= 2025; y++) {
			expect(share(`year(month) = ${y}`), String(y)).toBeGreaterThan(0.65);
			expect(share(`year(month) = ${y}`), String(y)).toBeLessThan(0.75);
		}
	});
});

describe('violations', () => {
	test('rows have cases > 0, at least one order per case, and a positive value', () => {
		expect(scalar('SELECT count(*) FROM violations WHERE cases < 1')).toBe(0);
		expect(scalar('SELECT count(*) FROM violations WHERE orders_involved < cases')).toBe(0);
		expect(scalar('SELECT count(*) FROM violations WHERE value_cny <= 0')).toBe(0);
	});

	test('offline pickup occurs only where and when the city has bonded orders', () => {
		expect(
			scalar(`SELECT count(*) FROM violations v WHERE v.type = 'offline_pickup' AND NOT EXISTS (
				SELECT 1 FROM imports i WHERE i.city_code = v.city_code AND i.month = v.month AND i.channel = '1210')`)
		).toBe(0);
	});

	test('the overall rate is 1.5–3.5 cases per 10,000 orders', () => {
		const rate = scalar(
			'SELECT 1e4 * (SELECT sum(cases) FROM violations)::DOUBLE / (SELECT sum(orders) FROM imports)::DOUBLE'
		);
		expect(rate).toBeGreaterThan(1.5);
		expect(rate).toBeLessThan(3.5);
	});

	test('cities break the rules more in their first 12 months after joining', () => {
		const rows = db.rows<{ early: boolean; rate: number }>(
			`WITH cm AS (
				SELECT i.city_code, i.month, datediff('month', c.joined_month, i.month) AS m,
					sum(i.orders)::DOUBLE orders
				FROM imports i JOIN cities c ON c.code = i.city_code GROUP BY i.city_code, i.month, m),
			v AS (SELECT city_code, month, sum(cases)::DOUBLE cases FROM violations GROUP BY ALL)
			SELECT cm.m < 12 AS early, 1e4 * sum(coalesce(v.cases, 0)) / sum(cm.orders) AS rate
			FROM cm LEFT JOIN v USING (city_code, month) WHERE cm.m >= 0 GROUP BY 1`
		);
		const early = rows.find((r) => r.early)!.rate;
		const later = rows.find((r) => !r.early)!.rate;
		expect(early).toBeGreaterThan(later * 1.2);
	});

	test('offline pickup per 10,000 bonded orders falls after the March 2021 crackdown', () => {
		const rows = db.rows<{ post: boolean; rate: number }>(
			`WITH o AS (SELECT month >= DATE '2021-04-01' post, sum(orders)::DOUBLE orders
					FROM imports WHERE channel = '1210' GROUP BY 1),
				v AS (SELECT month >= DATE '2021-04-01' post, sum(cases)::DOUBLE cases
					FROM violations WHERE type = 'offline_pickup' GROUP BY 1)
			SELECT post, 1e4 * cases / orders rate FROM o JOIN v USING (post)`
		);
		const before = rows.find((r) => !r.post)!.rate;
		const after = rows.find((r) => r.post)!.rate;
		expect(after).toBeLessThan(before * 0.7);
	});
});
