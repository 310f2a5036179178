/**
 * Each cohort's share of a category minus the national share: what the difference view draws and
 * its table lists. Pure; the panel writes the difference from the shares as shown.
 */
export interface ShareCell {
	readonly grp: string;
	readonly category: string;
	readonly share: number;
}

export interface ShareDifference {
	readonly category: string;
	readonly grp: string;
	readonly share: number;
	readonly national: number;
	readonly diff: number;
}

/** Cohort share minus national share, for every cohort present and every category. */
export function shareDifferences(
	cells: readonly ShareCell[],
	cohorts: readonly string[],
	categories: readonly string[],
	national: string
): ShareDifference[] {
	const share = (g: string, k: string) =>
		cells.find((c) => c.grp === g && c.category === k)?.share ?? 0;
	return categories.flatMap((category) =>
		cohorts
			.filter((g) => cells.some((c) => c.grp === g))
			.map((grp) => ({
				category,
				grp,
				share: share(grp, category),
				national: share(national, category),
				diff: share(grp, category) - share(national, category)
			}))
	);
}
