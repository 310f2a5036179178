/**
 * Text widths estimated without a DOM (charts are laid out during prerender too): Latin glyphs
 * about 0.55 em, CJK glyphs a full em. One estimate for axis labels, margins and bar labels, and
 * one way to fit a label into a width: broken into lines, the last one cut with an ellipsis.
 */

const isWide = (ch: string) => (ch.codePointAt(0) ?? 0) > 0x2e80;

/** Estimated width in pixels of `text` set at `size` px. */
export function textWidth(text: string, size = 11): number {
	let ems = 0;
	for (const ch of text) ems += isWide(ch) ? 1 : 0.55;
	return ems * size;
}

/** Spaces, single CJK glyphs (a line may break between any two) and runs of other glyphs. */
const TOKENS = /\s+|[\u2e80-\uffef]|[^\s\u2e80-\uffef]+/gu;

/** `text` cut to `max` px, ending in an ellipsis when anything was cut. */
export function ellipsize(text: string, max: number, size = 11): string {
	if (textWidth(text, size) <= max) return text;
	const glyphs = Array.from(text.trimEnd());
	while (glyphs.length > 1 && textWidth(`${glyphs.join('').trimEnd()}…`, size) > max) glyphs.pop();
	return `${glyphs.join('').trimEnd()}…`;
}

/**
 * `text` in at most `lines` lines of at most `max` px, broken at spaces or between CJK glyphs;
 * what does not fit ends the last line in an ellipsis.
 */
export function wrapText(text: string, max: number, size = 11, lines = 2): string[] {
	if (textWidth(text, size) <= max) return [text];
	const tokens = text.match(TOKENS) ?? [];
	const rows: string[][] = [[]];
	for (const token of tokens) {
		const row = rows.at(-1)!;
		const next = [...row, token].join('').trim();
		if (row.join('').trim() === '' || textWidth(next, size) <= max) row.push(token);
		else if (token.trim() !== '') rows.push([token]);
	}
	const kept = rows.slice(0, lines).map((r) => r.join('').trim());
	const rest = rows
		.slice(lines - 1)
		.map((r) => r.join(''))
		.join('')
		.trim();
	kept[kept.length - 1] = rest;
	return kept.map((line) => ellipsize(line, max, size));
}
