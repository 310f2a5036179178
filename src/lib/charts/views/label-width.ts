/** Room for axis labels: an estimate from the longest label (about 6.6 px a character at 12 px). */
export function labelWidth(labels: readonly string[], min = 80, max = 260): number {
	const longest = Math.max(
		0,
		...labels.map((l) => [...l].reduce((w, ch) => w + (ch > '\u2e80' ? 2 : 1), 0))
	);
	return Math.min(max, Math.max(min, longest * 6.6 + 14));
}
