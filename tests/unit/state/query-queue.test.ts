/** The engine queue: one statement out at a time, equal questions shared, abandoned ones dropped. */
import { describe, expect, it } from 'vitest';
import { QueryQueue, Superseded } from '../../../src/lib/state/query-queue';
import type { QuerySpec, Row } from '../../../src/lib/db/connector';

/** A fake engine whose statements finish when the test says so. */
function fakeEngine() {
	const out: { sql: string; finish(rows?: Row[]): void; fail(e: Error): void }[] = [];
	const run = (q: QuerySpec) =>
		new Promise<Row[]>((resolve, reject) =>
			out.push({ sql: q.sql, finish: (rows = [{ sql: q.sql }]) => resolve(rows), fail: reject })
		);
	return { out, run };
}

const q = (sql: string): QuerySpec => ({ sql, params: [] });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('QueryQueue', () => {
	it('sends one statement at a time, in order', async () => {
		const engine = fakeEngine();
		const queue = new QueryQueue(engine.run);
		const a = queue.request('a', q('A'));
		const b = queue.request('b', q('B'));
		await tick();
		expect(engine.out.map((o) => o.sql)).toEqual(['A']);
		engine.out[0]!.finish();
		await expect(a.promise).resolves.toEqual([{ sql: 'A' }]);
		await tick();
		expect(engine.out.map((o) => o.sql)).toEqual(['A', 'B']);
		engine.out[1]!.finish();
		await expect(b.promise).resolves.toEqual([{ sql: 'B' }]);
		expect(queue.stats).toEqual({ sent: 2, shared: 0, dropped: 0 });
	});

	it('drops a queued statement once nobody waits for it, and never sends it', async () => {
		const engine = fakeEngine();
		const queue = new QueryQueue(engine.run);
		const a = queue.request('a', q('A'));
		const stale = queue.request('b', q('B'));
		const fresh = queue.request('c', q('C'));
		stale.release();
		await expect(stale.promise).rejects.toBeInstanceOf(Superseded);
		await tick();
		engine.out[0]!.finish();
		await a.promise;
		await tick();
		engine.out[1]!.finish();
		await fresh.promise;
		expect(engine.out.map((o) => o.sql)).toEqual(['A', 'C']);
		expect(queue.stats.dropped).toBe(1);
	});

	it('keeps a statement another asker still waits for, and shares its answer', async () => {
		const engine = fakeEngine();
		const queue = new QueryQueue(engine.run);
		const blocker = queue.request('x', q('X'));
		const one = queue.request('a', q('A'));
		const two = queue.request('a', q('A'));
		one.release();
		one.release(); // twice is once
		await tick();
		engine.out[0]!.finish();
		await blocker.promise;
		await tick();
		engine.out[1]!.finish();
		await expect(two.promise).resolves.toEqual([{ sql: 'A' }]);
		expect(queue.stats).toEqual({ sent: 2, shared: 1, dropped: 0 });
		// Done answers are memoised: asking again sends nothing.
		await expect(queue.request('a', q('A')).promise).resolves.toEqual([{ sql: 'A' }]);
		expect(queue.stats.sent).toBe(2);
	});

	it('lets a failed question be asked again, and clear() forgets answers', async () => {
		const engine = fakeEngine();
		const queue = new QueryQueue(engine.run);
		const first = queue.request('a', q('A'));
		await tick();
		engine.out[0]!.fail(new Error('boom'));
		await expect(first.promise).rejects.toThrow('boom');
		const again = queue.request('a', q('A'));
		await tick();
		engine.out[1]!.finish();
		await again.promise;
		queue.clear();
		queue.request('a', q('A'));
		await tick();
		expect(engine.out).toHaveLength(3);
	});
});
