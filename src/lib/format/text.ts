/**
 * Text from outside (URL parameters, uploaded names, engine messages) shown to a reader: cut to a
 * length so a 10,000-character value cannot flood the page. Svelte escapes it; nothing here is HTML.
 */

/** `text` cut to at most `max` characters (code points, so no half surrogate pair), with '…'. */
export function clip(text: string, max: number): string {
	const chars = Array.from(text);
	if (chars.length <= max) return text;
	return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
