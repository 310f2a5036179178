import { expect, test } from 'vitest';
import { MARGIN, pilotCountLayout } from '../../src/lib/charts/views/pilot-count-layout';

const rows = ['2019-01', '2019-02', '2019-03'].flatMap((month, i) => [
	{ month, phase: 'a', cities: 10 },
	{ month, phase: 'b', cities: i * 5 }
]);

test('stacks phases, ends the step at the month after the last, and places events', () => {
	const layout = pilotCountLayout({
		rows,
		phaseOrder: ['a', 'b'],
		events: [
			{ id: 'e1', date: '2019-02-01' },
			{ id: 'e2', date: '2019-02-02' }
		],
		width: 400,
		height: 200
	});
	expect(layout.months).toEqual(['2019-01', '2019-02', '2019-03']);
	expect(layout.totals).toEqual([10, 15, 20]);
	expect(layout.layers.map((l) => l.phase)).toEqual(['a', 'b']);
	expect(layout.layers[1]!.top).toEqual([10, 15, 20]);
	expect(layout.monthX(0)).toBe(MARGIN.left);
	expect(layout.monthX(3)).toBe(400 - MARGIN.right);
	expect(layout.y(0)).toBe(200 - MARGIN.bottom);
	const [e1, e2] = layout.events;
	expect(e1!.n).toBe(1);
	expect(e2!.x).toBeGreaterThan(e1!.x);
	expect(layout.monthIndexAt(layout.monthX(1) + 1)).toBe(1);
	expect(layout.monthIndexAt(0)).toBe(0);
	expect(layout.monthIndexAt(10_000)).toBe(2);
});
