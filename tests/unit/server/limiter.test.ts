/** The server's concurrency bound: at most N run, M wait in order, the rest are refused at once. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LimitError, Limiter } from '../../../server/limiter';

function gate() {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { open, opened };
}

const reason = (p: Promise<unknown>) =>
	p.then(
		() => 'ran',
		(e: unknown) => (e instanceof LimitError ? e.reason : String(e))
	);

describe('Limiter', () => {
	afterEach(() => vi.useRealTimers());

	test('runs at most `active` jobs and queues the next ones in arrival order', async () => {
		const limiter = new Limiter({ active: 2, queued: 2, waitMs: 10_000 });
		const order: number[] = [];
		const gates = [gate(), gate(), gate(), gate()];
		const jobs = gates.map((g, i) =>
			limiter.run(async () => {
				order.push(i);
				await g.opened;
				return i;
			})
		);
		await Promise.resolve();
		expect(limiter.running).toBe(2);
		expect(limiter.waiting).toBe(2);
		expect(order).toEqual([0, 1]);
		gates[1]!.open();
		await jobs[1];
		await Promise.resolve();
		expect(order).toEqual([0, 1, 2]);
		for (const g of gates) g.open();
		expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3]);
		expect(limiter.running).toBe(0);
	});

	test('beyond the queue a job is refused at once as busy, and the others still run', async () => {
		const limiter = new Limiter({ active: 1, queued: 1, waitMs: 10_000 });
		const g = gate();
		const first = limiter.run(() => g.opened);
		const second = limiter.run(async () => 'second');
		expect(await reason(limiter.run(async () => 'third'))).toBe('busy');
		g.open();
		await first;
		expect(await second).toBe('second');
		expect(await limiter.run(async () => 'after')).toBe('after');
	});

	test('a job that waits longer than waitMs gives up; a failing job frees its slot', async () => {
		vi.useFakeTimers();
		const limiter = new Limiter({ active: 1, queued: 5, waitMs: 1000 });
		const g = gate();
		const first = limiter.run(() => g.opened);
		const waiting = reason(limiter.run(async () => 'late'));
		await vi.advanceTimersByTimeAsync(1001);
		expect(await waiting).toBe('waited-too-long');
		expect(limiter.waiting).toBe(0);
		g.open();
		await first;
		await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(limiter.running).toBe(0);
	});

	test('close refuses what waits and anything new', async () => {
		const limiter = new Limiter({ active: 1, queued: 5, waitMs: 10_000 });
		const g = gate();
		const first = limiter.run(() => g.opened);
		const waiting = reason(limiter.run(async () => 'x'));
		limiter.close();
		expect(await waiting).toBe('closed');
		expect(await reason(limiter.run(async () => 'y'))).toBe('closed');
		g.open();
		await first;
	});
});
