/**
 * Text widths estimated without a DOM (charts are laid out during prerender too): Latin glyphs
 * about 0.55 em, CJK glyphs a full em. One estimate for axis labels, margins and bar labels.
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
