/**
 * Text widths estimated without a DOM (charts are laid out during prerender too): Latin glyphs
 * about 0.55 em, CJK glyphs a full em. One estimate for axis labels, margins and bar labels; and
 * the measured width, in the browser, for labels placed clear of the marks.
 */

/** Estimated width in pixels of `text` set at `size` px. */
export function textWidth(text: string, size = 11): number {
	let ems = 0;
	for (const ch of text) ems += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.55;
	return ems * size;
}

/** Room for the longest of `labels` at `size` px plus a gap, kept within [min, max]. */
export function labelRoom(
	labels: readonly string[],
	{ size = 12, gap = 14, min = 0, max = Infinity } = {}
): number {
	const longest = Math.max(0, ...labels.map((l) => textWidth(l, size)));
	return Math.min(max, Math.max(min, Math.ceil(longest + gap)));
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width of `text` as the browser sets it in `family` (labels that must not touch the marks
 * need the real width); the estimate where there is no canvas (prerender, Node).
 */
export function measuredWidth(text: string, size: number, family: string, weight = 400): number {
	if (typeof document === 'undefined') return textWidth(text, size);
	context ??= document.createElement('canvas').getContext('2d');
	if (!context) return textWidth(text, size);
	context.font = `${weight} ${size}px ${family}`;
	return context.measureText(text).width;
}
