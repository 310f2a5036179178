/**
 * The view registry and the request validator: every query a panel runs is a registered view; a
 * view request rebuilt from JSON gives the very SQL and parameters the browser built; anything
 * else is refused with a message that names the field, never SQL.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VIEWS, buildViewRequest } from '../../../src/lib/queries/registry';
import { ViewRequestError } from '../../../src/lib/queries/views';
import { FILTER_DOMAIN } from '../../../src/lib/reference/domain';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import { CALLS, F } from '../../helpers/view-calls';
import type { QuerySpec } from '../../../src/lib/db/connector';
import * as overview from '../../../src/lib/queries/overview';
import * as reference from '../../../src/lib/queries/reference';
import * as timeline from '../../../src/lib/queries/timeline';
import * as eventStudy from '../../../src/lib/queries/event-study';
import * as city from '../../../src/lib/queries/city';
import * as map from '../../../src/lib/queries/map';
import * as categories from '../../../src/lib/queries/categories';
import * as compliance from '../../../src/lib/queries/compliance';
import * as workbench from '../../../src/lib/queries/workbench';
import * as outcomes from '../../../src/lib/queries/outcomes';

const ctx = { domain: FILTER_DOMAIN };
/** Sends a query's view request through JSON, as the network would. */
const overTheWire = (q: QuerySpec) => JSON.parse(JSON.stringify(q.view)) as unknown;

const refused = (request: unknown) => {
	try {
		buildViewRequest(request, ctx);
	} catch (error) {
		expect(error).toBeInstanceOf(ViewRequestError);
		return (error as Error).message;
	}
	throw new Error(`accepted: ${JSON.stringify(request)}`);
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? sourceFiles(path)
			: /\.svelte(\.ts)?$/.test(name)
				? [path]
				: [];
	});
}

describe('the view registry', () => {
	test('every query builder a panel imports is a registered view', () => {
		const modules: Record<string, Record<string, unknown>> = {
			overview,
			reference,
			timeline,
			'event-study': eventStudy,
			city,
			map,
			categories,
			compliance,
			workbench,
			outcomes
		};
		const used = new Set<string>();
		for (const file of sourceFiles('src/lib/components')) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*'\$lib\/queries\/([\w-]+)'/g)) {
				for (const name of m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, ''))) {
					if (name.endsWith('Query')) used.add(`${m[2]}.${name}`);
				}
			}
		}
		expect(used.size).toBeGreaterThan(20);
		for (const key of used) {
			const [mod, name] = key.split('.') as [string, string];
			const builder = modules[mod]?.[name] as { def?: { id: string } } | undefined;
			expect(builder?.def, key).toBeDefined();
			expect(VIEWS.get(builder!.def!.id), key).toBe(builder!.def);
		}
	});

	test('ids are unique and every registered view is exercised here', () => {
		const ids = new Set(CALLS.map((q) => q.view!.view));
		expect([...VIEWS.keys()].sort()).toEqual([...ids].sort());
	});

	test('a view request rebuilt from JSON gives the same SQL and parameters', () => {
		for (const q of CALLS) {
			const rebuilt = buildViewRequest(overTheWire(q), ctx);
			expect(rebuilt, q.view!.view).toEqual({ sql: q.sql, params: q.params });
		}
	});

	test('filters travel as their canonical query string', () => {
		expect(timeline.cohortSeriesQuery(F).view).toEqual({
			view: 'timeline.cohortSeries',
			args: [
				'cat=beauty%2Cfood&ch=1210&from=2021-01&metric=orders&phase=p2020%2Cp2021&prov=330000&to=2023-12'
			]
		});
		expect(timeline.cohortSeriesQuery(DEFAULT_FILTERS).view!.args).toEqual(['']);
	});
});

describe('the view request validator', () => {
	test('refuses what is not a request', () => {
		expect(refused(null)).toMatch(/object/);
		expect(refused('SELECT 1')).toMatch(/object/);
		expect(refused([1, 2])).toMatch(/object/);
		expect(refused({ sql: 'SELECT 1' })).toMatch(/names its view/);
		expect(refused({ view: 42 })).toMatch(/names its view/);
		expect(refused({ view: 'x'.repeat(1000) })).toMatch(/names its view/);
	});

	test('an unknown view is named, its text made inert', () => {
		expect(refused({ view: 'timeline.drop', args: [] })).toBe("There is no view 'timeline.drop'.");
		expect(refused({ view: "x'; DROP TABLE imports; --", args: [] })).toBe(
			"There is no view 'x???DROP?TABLE?imports??--'."
		);
	});

	test('wrong argument lists are refused', () => {
		expect(refused({ view: 'timeline.cohortSeries', args: 'phase=p2018' })).toMatch(/takes 1/);
		expect(refused({ view: 'timeline.cohortSeries', args: ['', ''] })).toMatch(/takes 1/);
		expect(refused({ view: 'timeline.cohortSeries', args: [] })).toMatch(/filters 'null'/);
		expect(refused({ view: 'timeline.cohortSeries', args: [{ phase: 'p2018' }] })).toMatch(
			/query string/
		);
	});

	test('filters are held to the same domain as the URL', () => {
		const series = (f: string) => refused({ view: 'timeline.cohortSeries', args: [f] });
		expect(series('prov=999999')).toBe("filter prov '999999' is not a known value");
		expect(series('phase=p2099')).toBe("filter phase 'p2099' is not a known value");
		expect(series('cat=food%27%20OR%201%3D1')).toMatch(/^filter cat .* is not a known value$/);
		expect(series('from=2030-01')).toBe("filter from '2030-01' is outside the range of the data");
		expect(series('sql=DROP%20TABLE%20imports')).toBe("parameter 'sql' is not a filter");
		expect(series('phase=p2018&phase=p2020')).toMatch(/given twice/);
		expect(series(`city=${'330100,'.repeat(2000)}`)).toMatch(/too long/);
	});

	test('codes, months, years, tables, sorts and windows are checked', () => {
		expect(refused({ view: 'city.monthly', args: ['/etc/passwd', ''] })).toBe(
			"city code '/etc/passwd' is not a place of the data"
		);
		expect(refused({ view: 'reference.events', args: ['2016-1', '2025-12'] })).toMatch(/YYYY-MM/);
		expect(refused({ view: 'reference.events', args: ['1999-01', '2025-12'] })).toMatch(/outside/);
		expect(refused({ view: 'overview.phaseCards', args: ['2024'] })).toMatch(/not a year/);
		expect(refused({ view: 'overview.phaseCards', args: [2024.5] })).toMatch(/not a year/);
		expect(
			refused({ view: 'workbench.browseCount', args: ["read_csv('/etc/passwd')", ''] })
		).toMatch(/not a table of the data contract/);
		expect(refused({ view: 'workbench.browseCount', args: ['duckdb_settings', ''] })).toMatch(
			/not a table/
		);
		const rows = (sort: unknown, window: unknown = null) =>
			refused({ view: 'workbench.browseRows', args: ['violations', '', sort, window] });
		expect(rows({ column: 'cases; DROP TABLE x', desc: true })).toMatch(/not a column/);
		expect(rows({ column: 'cases' })).toMatch(/column, desc/);
		// A real column of another table: the builder's allow-list refuses it.
		expect(rows({ column: 'name_en', desc: false })).toMatch(/cannot be built/);
		expect(rows(null, { offset: 0, limit: 1_000_000 })).toMatch(/limit ≤ 10000/);
		expect(rows(null, { offset: -1, limit: 10 })).toMatch(/window/);
	});
});
