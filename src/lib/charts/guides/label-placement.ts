/**
 * Labels that keep clear of the marks: each label tries its candidate positions in order and takes
 * the first whose box stays inside the bounds and touches no mark, no kept-out box and no label
 * placed before it. A label that must show (a caption) takes its least-covered candidate when none
 * is clear; any other label that finds no room is left out rather than drawn over the data. Pure.
 */

export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
	readonly id: string;
	readonly text: string;
	readonly width: number;
	readonly height: number;
	/**
	 * Where the label may go, in order of preference: its text's anchor point and alignment, and
	 * the widest text a place takes (inside a box).
	 */
	readonly candidates: readonly { x: number; y: number; anchor: Anchor; fits?: number }[];
	/** Show it even when every candidate is covered (on the least-covered one). */
	readonly required?: boolean;
}

export interface PlacedLabel {
	readonly id: string;
	readonly text: string;
	/** The text's anchor point (its vertical middle) and alignment. */
	readonly x: number;
	readonly y: number;
	readonly anchor: Anchor;
	readonly box: Box;
}

/** The box a label of `width` × `height` covers at an anchor point. */
export function labelBox(x: number, y: number, anchor: Anchor, width: number, height: number): Box {
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { x: left, y: y - height / 2, width, height };
}

/** The area two boxes share (0 when they do not meet). */
export function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

const inside = (b: Box, bounds: Box) =>
	b.x >= bounds.x &&
	b.y >= bounds.y &&
	b.x + b.width <= bounds.x + bounds.width &&
	b.y + b.height <= bounds.y + bounds.height;

/** The box of a circle. */
export function circleBox(x: number, y: number, r: number): Box {
	return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/**
 * The eight places around a circle (or a box) for a label, right first, then left, above, below
 * and the corners, `gap` pixels clear of it.
 */
export function around(box: Box, height: number, gap = 2): LabelRequest['candidates'] {
	const { x, y, width: w, height: h } = box;
	const cy = y + h / 2;
	const above = y - gap - height / 2;
	const below = y + h + gap + height / 2;
	return [
		{ x: x + w + gap, y: cy, anchor: 'start' },
		{ x: x - gap, y: cy, anchor: 'end' },
		{ x: x + w / 2, y: above, anchor: 'middle' },
		{ x: x + w / 2, y: below, anchor: 'middle' },
		{ x: x + w, y: above, anchor: 'start' },
		{ x, y: above, anchor: 'end' },
		{ x: x + w, y: below, anchor: 'start' },
		{ x, y: below, anchor: 'end' }
	];
}

/** Places labels in the order given (the most important first). */
export function placeLabels(
	requests: readonly LabelRequest[],
	marks: readonly Box[],
	bounds: Box,
	keepOut: readonly Box[] = []
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const covered = (b: Box) =>
		[...marks, ...keepOut, ...placed.map((p) => p.box)].reduce((s, m) => s + overlap(b, m), 0);
	for (const r of requests) {
		let best: PlacedLabel | null = null;
		let bestCover = Infinity;
		for (const c of r.candidates) {
			const box = labelBox(c.x, c.y, c.anchor, r.width, r.height);
			if (!inside(box, bounds) || r.width > (c.fits ?? Infinity)) continue;
			const cover = covered(box);
			if (cover < bestCover) {
				best = { id: r.id, text: r.text, x: c.x, y: c.y, anchor: c.anchor, box };
				bestCover = cover;
			}
			if (cover === 0) break;
		}
		if (best && (bestCover === 0 || r.required)) placed.push(best);
	}
	return placed;
}
