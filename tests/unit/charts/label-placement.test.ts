/** Labels that keep clear of the marks, each other and kept-out boxes; captions always show. */
import { describe, expect, test } from 'vitest';
import {
	around,
	circleBox,
	labelBox,
	overlap,
	placeLabels
} from '../../../src/lib/charts/guides/label-placement';

const bounds = { x: 0, y: 0, width: 200, height: 100 };

describe('label placement', () => {
	test('a label goes to the right of its dot when that is clear', () => {
		const dot = circleBox(50, 50, 5);
		const [l] = placeLabels(
			[{ id: 'a', text: 'A', width: 30, height: 12, candidates: around(dot, 12) }],
			[dot],
			bounds
		);
		expect(l).toMatchObject({ x: 57, y: 50, anchor: 'start' });
		expect(overlap(l!.box, dot)).toBe(0);
	});

	test('a dot on the right moves the label to the left; a label never covers a dot', () => {
		const dot = circleBox(50, 50, 5);
		const neighbour = circleBox(75, 50, 8);
		const [l] = placeLabels(
			[{ id: 'a', text: 'A', width: 30, height: 12, candidates: around(dot, 12) }],
			[dot, neighbour],
			bounds
		);
		expect(l!.anchor).toBe('end');
		expect(overlap(l!.box, neighbour)).toBe(0);
	});

	test('labels avoid each other, stay in bounds, and one with no room is left out', () => {
		const dot = circleBox(195, 50, 4); // at the right edge: only left, above, below remain
		const requests = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
			id,
			text: id,
			width: 60,
			height: 12,
			candidates: around(dot, 12)
		}));
		const placed = placeLabels(requests, [dot], bounds);
		expect(placed.length).toBeGreaterThan(1);
		expect(placed.length).toBeLessThan(5);
		for (const [i, a] of placed.entries()) {
			expect(a.box.x).toBeGreaterThanOrEqual(0);
			expect(a.box.x + a.box.width).toBeLessThanOrEqual(200);
			for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(0);
		}
	});

	test('a caption takes the first clear place, or the least covered when none is', () => {
		const inset = { x: 150, y: 40, width: 50, height: 60 };
		const above = { x: 200, y: 34, anchor: 'end' as const };
		const inside = { x: 175, y: 92, anchor: 'middle' as const };
		const blocker = circleBox(170, 34, 6);
		const [c] = placeLabels(
			[
				{
					id: 'cap',
					text: 'Inset',
					width: 40,
					height: 12,
					candidates: [above, inside],
					required: true
				}
			],
			[blocker],
			bounds
		);
		expect(c).toMatchObject(inside);
		const [forced] = placeLabels(
			[{ id: 'cap', text: 'Inset', width: 40, height: 12, candidates: [above], required: true }],
			[blocker],
			bounds
		);
		expect(forced).toMatchObject(above);
		// a kept-out box counts as covered, like a mark
		const none = placeLabels(
			[
				{
					id: 'x',
					text: 'x',
					width: 20,
					height: 12,
					candidates: [{ x: 160, y: 60, anchor: 'start' }]
				}
			],
			[],
			bounds,
			[inset]
		);
		expect(none).toEqual([]);
	});

	test('label boxes follow their anchor', () => {
		expect(labelBox(10, 20, 'start', 30, 10)).toEqual({ x: 10, y: 15, width: 30, height: 10 });
		expect(labelBox(10, 20, 'end', 30, 10).x).toBe(-20);
		expect(labelBox(10, 20, 'middle', 30, 10).x).toBe(-5);
	});
});
