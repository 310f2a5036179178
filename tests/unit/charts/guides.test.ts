/**
 * Guides and the cursor: event markers stay on their dates at every width (issue 18: at 390 px
 * marker 10 sat two years right of its line), one key map for every chart, and taps that find
 * small marks.
 */
import { describe, expect, test } from 'vitest';
import {
	markerBand,
	markersOn,
	placeMarkers,
	MARKER_STEP
} from '../../../src/lib/charts/guides/event-markers';
import { makeScale } from '../../../src/lib/charts/scales';
import { stepCursor } from '../../../src/lib/charts/cursor/keymap';
import { nearestIndex, nearestMark } from '../../../src/lib/charts/cursor/nearest';
import { readFileSync } from 'node:fs';

const EVENTS = readFileSync('data/reference/events.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [id, date] = line.split(',');
		return { id: id!, x: Date.parse(`${date}T00:00:00Z`) };
	});

describe('event markers', () => {
	test.each([1366, 390])('at %i px every marker is on its date, and none touch', (width) => {
		const x = makeScale('time', [Date.UTC(2016, 0, 1), Date.UTC(2025, 11, 1)], [60, width - 48]);
		const markers = markersOn(EVENTS, x);
		const stood = markers.flatMap((m) => m.members);
		expect(stood.sort()).toEqual(EVENTS.map((e) => e.id).sort());
		for (const m of markers) expect(m.x).toBe(x.map(EVENTS.find((e) => e.id === m.id)!.x));
		for (const a of markers)
			for (const b of markers)
				if (a !== b && a.row === b.row)
					expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(MARKER_STEP);
	});

	test('markers that collide stack; past the last row they are thinned into a neighbour', () => {
		const same = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 100 }));
		const placed = placeMarkers(same, 3);
		expect(placed.map((m) => m.row)).toEqual([0, 1, 2]);
		expect(placed.every((m) => m.x === 100)).toBe(true);
		expect(placed.flatMap((m) => m.members).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(markerBand(placed)).toBe(3 * MARKER_STEP + 4);
		expect(markerBand([])).toBe(0);
	});

	test('markers outside the axis are left out', () => {
		const x = makeScale('linear', [0, 10], [0, 100]);
		expect(markersOn([{ id: 'far', x: 50 }], x)).toEqual([]);
	});
});

describe('the one key map', () => {
	test('along x it is a slider: → ↑ forward, ← ↓ back, Page Up a year on', () => {
		expect(stepCursor('ArrowRight', 3, 100)).toBe(4);
		expect(stepCursor('ArrowUp', 3, 100)).toBe(4);
		expect(stepCursor('ArrowLeft', 3, 100)).toBe(2);
		expect(stepCursor('ArrowDown', 3, 100)).toBe(2);
		expect(stepCursor('PageUp', 3, 100)).toBe(15);
		expect(stepCursor('PageDown', 30, 100)).toBe(18);
		expect(stepCursor('Home', 30, 100)).toBe(0);
		expect(stepCursor('End', 3, 100)).toBe(99);
		expect(stepCursor('Escape', 3, 100)).toBeNull();
		expect(stepCursor('a', 3, 100)).toBeUndefined();
	});

	test('it starts from the last position, clamps at the ends, and steps down a list', () => {
		expect(stepCursor('ArrowLeft', null, 10)).toBe(8);
		expect(stepCursor('ArrowRight', 9, 10)).toBe(9);
		expect(stepCursor('PageDown', 2, 10)).toBe(0);
		expect(stepCursor('ArrowDown', 0, 5, 'vertical')).toBe(1);
		expect(stepCursor('ArrowUp', 1, 5, 'vertical')).toBe(0);
		expect(stepCursor('PageDown', 0, 50, 'vertical')).toBe(12);
		expect(stepCursor('End', null, 0)).toBeUndefined();
	});
});

describe('nearest', () => {
	test('the cursor snaps to the nearest position', () => {
		expect(nearestIndex([0, 10, 20], 14)).toBe(1);
		expect(nearestIndex([], 14)).toBe(-1);
	});

	test('a small dot is a 24 px target; beyond reach nothing is picked', () => {
		const dots = [
			{ x: 0, y: 0, r: 3 },
			{ x: 100, y: 0, r: 3 }
		];
		expect(nearestMark(dots, { x: 11, y: 0 })).toBe(0);
		expect(nearestMark(dots, { x: 13, y: 0 })).toBeNull();
		expect(nearestMark([{ x: 0, y: 0, r: 20 }], { x: 25, y: 0 })).toBe(0);
	});
});
