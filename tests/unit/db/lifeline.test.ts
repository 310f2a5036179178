import { describe, expect, test } from 'vitest';
import { lifeline, watch } from '../../../src/lib/db/lifeline';

/** Hand-driven timers: the watchdog is tested without the wall clock. */
function fakeTimers() {
	let now = 0;
	const timers = new Map<number, { at: number; fn: () => void }>();
	let next = 1;
	return {
		setTimer: (fn: () => void, ms: number) => {
			timers.set(next, { at: now + ms, fn });
			return next++;
		},
		clearTimer: (h: unknown) => void timers.delete(h as number),
		async advance(ms: number) {
			const end = now + ms;
			for (;;) {
				const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
				if (!due) break;
				timers.delete(due[0]);
				now = due[1].at;
				due[1].fn();
				await Promise.resolve();
				await Promise.resolve();
			}
			now = end;
		}
	};
}

describe('lifeline', () => {
	test('guard passes results through while the worker lives', async () => {
		const life = lifeline();
		await expect(life.guard(Promise.resolve(7))).resolves.toBe(7);
	});

	test('a call that would never settle fails as soon as the worker is declared dead', async () => {
		const life = lifeline();
		const hung = life.guard(new Promise(() => {}));
		life.declareDead('terminated');
		await expect(hung).rejects.toThrow('The data engine stopped before answering.');
		await expect(life.died).resolves.toBe('terminated');
		await expect(life.guard(Promise.resolve(1))).rejects.toThrow('stopped');
	});

	test('only the first reason counts', async () => {
		const life = lifeline();
		life.declareDead('first');
		life.declareDead('second');
		expect(life.reason).toBe('first');
	});
});

describe('watch', () => {
	test('a worker that answers its pings stays alive', async () => {
		const timers = fakeTimers();
		const life = lifeline();
		let pings = 0;
		const stop = watch(life, async () => void pings++, {
			intervalMs: 100,
			timeoutMs: 300,
			...timers
		});
		await timers.advance(1_000);
		expect(pings).toBe(10);
		expect(life.dead).toBe(false);
		stop();
	});

	test('a ping unanswered for timeoutMs declares the worker dead', async () => {
		const timers = fakeTimers();
		const life = lifeline();
		watch(life, () => new Promise(() => {}), { intervalMs: 100, timeoutMs: 300, ...timers });
		await timers.advance(399);
		expect(life.dead).toBe(false);
		await timers.advance(1);
		expect(life.dead).toBe(true);
		expect(life.reason).toBe('no answer for 0.3 s');
	});

	test('a failing ping declares the worker dead; a stopped watch does nothing', async () => {
		const timers = fakeTimers();
		const life = lifeline();
		watch(life, () => Promise.reject(new Error('worker gone')), {
			intervalMs: 50,
			timeoutMs: 500,
			...timers
		});
		await timers.advance(50);
		expect(life.reason).toBe('worker gone');

		const other = lifeline();
		const stop = watch(other, () => new Promise(() => {}), {
			intervalMs: 50,
			timeoutMs: 100,
			...timers
		});
		stop();
		await timers.advance(1_000);
		expect(other.dead).toBe(false);
	});
});
