import { describe, expect, test } from 'vitest';
import {
	MAX_SCROLL_PX,
	pagesFor,
	virtualWindow
} from '../../src/lib/components/data/virtual-window';

describe('virtualWindow', () => {
	test('small tables scroll 1:1', () => {
		const w = virtualWindow(100, 28, 280, 280, 0);
		expect(w).toEqual({ spacer: 2800, first: 10, last: 20, offset: 0 });
	});

	test('a partly scrolled row is offset upwards', () => {
		const w = virtualWindow(100, 28, 280, 290, 0);
		expect(w.first).toBe(10);
		expect(w.offset).toBe(-10);
	});

	test('a million rows: the spacer is capped and the ends are reachable', () => {
		const n = 1_000_000;
		const top = virtualWindow(n, 28, 560, 0, 0);
		expect(top.spacer).toBe(MAX_SCROLL_PX);
		expect(top.first).toBe(0);
		const end = virtualWindow(n, 28, 560, MAX_SCROLL_PX - 560, 0);
		expect(end.last).toBe(n);
		expect(end.first).toBe(n - 20);
		const middle = virtualWindow(n, 28, 560, (MAX_SCROLL_PX - 560) / 2, 0);
		expect(middle.first).toBeGreaterThan(n / 2 - 20);
		expect(middle.first).toBeLessThan(n / 2);
	});

	test('overscan adds rows each side, clamped', () => {
		const w = virtualWindow(50, 20, 200, 0, 5);
		expect([w.first, w.last]).toEqual([0, 15]);
	});
});

test('pagesFor covers a window', () => {
	expect(pagesFor(95, 205, 100)).toEqual([0, 1, 2]);
	expect(pagesFor(0, 0, 100)).toEqual([]);
});
