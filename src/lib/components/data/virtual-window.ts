/**
 * The maths of a virtual table: which rows a scroll position shows. Browsers cap an element's
 * height (about 17 million px in Firefox, 33 million in Chromium), and 1,000,000 rows of 28 px is
 * 28 million, so past MAX_SCROLL_PX the scrollbar is scaled: the scroll fraction picks the row.
 */

export const MAX_SCROLL_PX = 8_000_000;

export interface VirtualWindow {
	/** Height of the scrolling spacer. */
	readonly spacer: number;
	/** First row drawn. */
	readonly first: number;
	/** One past the last row drawn. */
	readonly last: number;
	/** Vertical offset of the first drawn row inside the viewport (≤ 0). */
	readonly offset: number;
}

/** Rows to draw for a scroll position, with `overscan` extra rows each side. */
export function virtualWindow(
	count: number,
	rowHeight: number,
	viewport: number,
	scrollTop: number,
	overscan = 6
): VirtualWindow {
	const full = count * rowHeight;
	const spacer = Math.min(full, MAX_SCROLL_PX);
	const scrollRange = Math.max(spacer - viewport, 0);
	const fullRange = Math.max(full - viewport, 0);
	const top =
		scrollRange > 0 ? (Math.min(Math.max(scrollTop, 0), scrollRange) / scrollRange) * fullRange : 0;
	const exact = Math.floor(top / rowHeight);
	const first = Math.max(0, exact - overscan);
	const last = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
	return { spacer, first, last, offset: first * rowHeight - top };
}

/** Pages (of `size` rows) that cover rows [first, last). */
export function pagesFor(first: number, last: number, size: number): number[] {
	const out: number[] = [];
	for (let p = Math.floor(first / size); p * size < last; p++) out.push(p);
	return out;
}
