/** The nearest position or mark to a pointer: a cursor snaps to it, a tap reads it. Pure. */

/** Index of the position nearest `px` (positions in any order); -1 when there are none. */
export function nearestIndex(positions: readonly number[], px: number): number {
	let best = -1;
	let distance = Infinity;
	positions.forEach((p, i) => {
		const d = Math.abs(p - px);
		if (d < distance) {
			best = i;
			distance = d;
		}
	});
	return best;
}

/**
 * Index of the mark nearest a pointer within `reach` pixels of its edge (a mark of radius `r` is
 * hit from r + reach away), so a small dot is a 24 px tap target (WCAG 2.5.8); null when none is.
 */
export function nearestMark(
	marks: readonly { x: number; y: number; r?: number }[],
	p: { x: number; y: number },
	reach = 12
): number | null {
	let best: number | null = null;
	let distance = Infinity;
	marks.forEach((m, i) => {
		const d = Math.hypot(m.x - p.x, m.y - p.y);
		if (d <= Math.max(reach, (m.r ?? 0) + reach / 2) && d < distance) {
			best = i;
			distance = d;
		}
	});
	return best;
}
