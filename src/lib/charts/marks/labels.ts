/**
 * Labels beside points that never overlap: each, in the order given (the most important first),
 * goes to the right of its point, else to its left, else it is left out (the point keeps its
 * accessible name and tip). A label never covers a mark nor leaves the plot. Pure, in pixels.
 */
import { textWidth } from '../text-width';

export interface LabelCandidate {
	readonly key: string;
	readonly x: number;
	readonly y: number;
	readonly text: string;
}

export interface PlacedLabel {
	readonly dx: number;
	readonly anchor: 'start' | 'end';
}

interface Box {
	readonly x0: number;
	readonly x1: number;
	readonly y0: number;
	readonly y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const GAP = 7;

/** Where each candidate's label goes; candidates missing from the map get no label. */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	marks: readonly { x: number; y: number; r?: number }[],
	bounds: { left: number; right: number },
	size = 10.5
): Map<string, PlacedLabel> {
	const height = size * 1.25;
	const taken: Box[] = marks.map((m) => {
		const r = m.r ?? 4;
		return { x0: m.x - r, x1: m.x + r, y0: m.y - r, y1: m.y + r };
	});
	const placed = new Map<string, PlacedLabel>();
	for (const c of candidates) {
		const w = textWidth(c.text, size);
		const y0 = c.y - height / 2;
		const sides: [Box, PlacedLabel][] = [
			[
				{ x0: c.x + GAP, x1: c.x + GAP + w, y0, y1: y0 + height },
				{ dx: GAP, anchor: 'start' }
			],
			[
				{ x0: c.x - GAP - w, x1: c.x - GAP, y0, y1: y0 + height },
				{ dx: -GAP, anchor: 'end' }
			]
		];
		const fit = sides.find(
			([box]) =>
				box.x0 >= bounds.left && box.x1 <= bounds.right && !taken.some((t) => overlaps(t, box))
		);
		if (!fit) continue;
		taken.push(fit[0]);
		placed.set(c.key, fit[1]);
	}
	return placed;
}
