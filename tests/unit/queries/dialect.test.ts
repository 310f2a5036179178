/**
 * The builders' DuckDB-only SQL, as docs/beyond-one-machine.md lists it: every construct the
 * builders use is in the doc's table, and the doc's per-view table says exactly which ones each
 * registered view uses. A builder that starts using another construct fails here until the plan
 * for other engines says how to translate it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DUCKDB_CONSTRUCTS, constructsIn } from '../../../src/lib/queries/dialect';
import { VIEWS } from '../../../src/lib/queries/registry';
import { CALLS } from '../../helpers/view-calls';

const DOC = readFileSync('docs/beyond-one-machine.md', 'utf8');

/** The doc's per-view table: view id → construct ids. */
function documented(): Map<string, string[]> {
	const rows = [...DOC.matchAll(/^\| `([\w.]+)` \| ([a-z, -]+) \|$/gm)];
	return new Map(rows.map((m) => [m[1]!, m[2]!.split(', ').map((s) => s.trim())]));
}

describe('the DuckDB dialect of the builders', () => {
	test('every construct is in the doc’s table of equivalents', () => {
		for (const c of DUCKDB_CONSTRUCTS) expect(DOC, c.id).toContain(`| \`${c.duckdb}\``);
	});

	test('the doc says which constructs each registered view uses', () => {
		const used = new Map<string, Set<string>>();
		for (const q of CALLS) {
			const set = used.get(q.view!.view) ?? new Set<string>();
			for (const id of constructsIn(q.sql)) set.add(id);
			used.set(q.view!.view, set);
		}
		const doc = documented();
		expect([...doc.keys()].sort()).toEqual([...VIEWS.keys()].sort());
		for (const [view, set] of used) {
			expect(new Set(doc.get(view)), view).toEqual(set);
			expect(set.size, `${view} uses a DuckDB-only construct`).toBeGreaterThan(0);
		}
	});

	test('the patterns find what they claim', () => {
		expect(constructsIn(`SELECT x::DOUBLE FROM t GROUP BY ALL`)).toEqual([
			'group-by-all',
			'cast-operator'
		]);
		expect(constructsIn(`SELECT sum(x) FILTER (WHERE y) FROM t ORDER BY a, g = ?`)).toEqual([
			'filter-clause',
			'order-by-boolean'
		]);
		expect(constructsIn(`SELECT CAST(x AS DOUBLE) FROM t GROUP BY a`)).toEqual([]);
	});
});
