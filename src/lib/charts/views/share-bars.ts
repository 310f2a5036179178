/**
 * The order of 100 % stacked bars: one bar per group (cohort, national reference), one segment per
 * category. Sorting by a category puts that category first (on the common baseline) and orders the
 * bars by its share, so the comparison reads along one edge; pinned groups (the national bar)
 * stay last. Pure: the Bar mark stacks the rows in the order given.
 */
export interface ShareCell {
	readonly grp: string;
	readonly category: string;
	readonly share: number;
	readonly amount: number;
}

export interface ShareOrder {
	/** Bars top to bottom. */
	readonly bars: readonly string[];
	/** Segments left to right. */
	readonly segments: readonly string[];
	/** The cells with a share, bar by bar, each bar's segments left to right. */
	readonly rows: readonly ShareCell[];
}

export function shareOrder(input: {
	readonly cells: readonly ShareCell[];
	readonly groups: readonly string[];
	readonly categories: readonly string[];
	/** A category to sort by, or null for the groups' own order. */
	readonly sortBy: string | null;
	readonly pinned?: readonly string[];
}): ShareOrder {
	const { cells, groups, categories, sortBy, pinned = [] } = input;
	const cell = (g: string, k: string) => cells.find((c) => c.grp === g && c.category === k);
	const share = (g: string, k: string) => cell(g, k)?.share ?? 0;
	const segments = sortBy ? [sortBy, ...categories.filter((k) => k !== sortBy)] : [...categories];
	const free = groups.filter((g) => !pinned.includes(g));
	if (sortBy) free.sort((a, b) => share(b, sortBy) - share(a, sortBy));
	const bars = [...free, ...groups.filter((g) => pinned.includes(g))];
	const rows = bars.flatMap((g) =>
		segments.flatMap((k) => {
			const c = cell(g, k);
			return c && c.share > 0 ? [c] : [];
		})
	);
	return { bars, segments, rows };
}
