/** Prepared statements kept per SQL text: prepared once, reused, evicted, retried once when stale. */
import { describe, expect, it } from 'vitest';
import { StatementCache, type Statement } from '../../../src/lib/db/statement-cache';

function fakeEngine() {
	const log: string[] = [];
	let failNext = false;
	const prepare = async (sql: string): Promise<Statement<string>> => {
		log.push(`prepare ${sql}`);
		let closed = false;
		return {
			query: async (...params: unknown[]) => {
				if (closed) throw new Error('closed');
				if (failNext) {
					failNext = false;
					throw new Error('stale');
				}
				return `${sql}(${params.join(',')})`;
			},
			close: async () => {
				closed = true;
				log.push(`close ${sql}`);
			}
		};
	};
	return { log, prepare, failOnce: () => (failNext = true) };
}

describe('StatementCache', () => {
	it('prepares a statement once per SQL text and runs it with new parameters', async () => {
		const engine = fakeEngine();
		const cache = new StatementCache(engine.prepare);
		expect(await cache.run('A', [1])).toBe('A(1)');
		expect(await cache.run('A', [2])).toBe('A(2)');
		expect(engine.log).toEqual(['prepare A']);
		expect(cache.stats).toEqual({ prepared: 1, reused: 1 });
	});

	it('closes the least recently used statement past its limit, and all on clear', async () => {
		const engine = fakeEngine();
		const cache = new StatementCache(engine.prepare, 2);
		await cache.run('A', []);
		await cache.run('B', []);
		await cache.run('A', []); // A is now the most recent
		await cache.run('C', []);
		await new Promise((r) => setTimeout(r, 0));
		expect(engine.log).toEqual(['prepare A', 'prepare B', 'prepare C', 'close B']);
		await cache.clear();
		expect(engine.log.slice(4).sort()).toEqual(['close A', 'close C']);
	});

	it('prepares again once when a kept statement fails (its table was replaced)', async () => {
		const engine = fakeEngine();
		const cache = new StatementCache(engine.prepare);
		await cache.run('A', [1]);
		engine.failOnce();
		expect(await cache.run('A', [2])).toBe('A(2)');
		expect(engine.log.filter((l) => l === 'prepare A')).toHaveLength(2);
	});
});
