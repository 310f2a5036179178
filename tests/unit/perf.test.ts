/** The performance hooks: seeds by name, mark names, and the query counter outside a browser. */
import { describe, expect, it } from 'vitest';
import { chartMarkName, trackQuery } from '../../src/lib/perf/marks';
import { seedFor, seedKey } from '../../src/lib/perf/seed';

describe('perf hooks', () => {
	it('finds a seed by name, and none when the page has none', () => {
		const seeds = { counts: { key: 'k', rows: [{ a: 1 }] } };
		expect(seedFor<{ a: number }>(seeds, 'counts')?.rows[0]?.a).toBe(1);
		expect(seedFor(seeds, 'other')).toBeUndefined();
		expect(seedFor(undefined, 'counts')).toBeUndefined();
	});

	it('keys seeds by query text and parameters, short and stable', () => {
		const a = seedKey({ sql: 'SELECT ?', params: [1] });
		expect(a).toBe(seedKey({ sql: 'SELECT ?', params: [1] }));
		expect(a).not.toBe(seedKey({ sql: 'SELECT ?', params: [2] }));
		expect(a).not.toBe(seedKey({ sql: 'SELECT ? ', params: [1] }));
		expect(a.length).toBeLessThan(20);
	});

	it('names chart marks and passes promises through where there is no document', async () => {
		expect(chartMarkName('pilot-count')).toBe('pa:chart:pilot-count');
		const p = Promise.resolve(42);
		expect(trackQuery(p)).toBe(p);
		await expect(trackQuery(Promise.reject(new Error('x')))).rejects.toThrow('x');
	});
});
