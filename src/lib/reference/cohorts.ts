/** The three cohorts the product compares, with the labels every view uses. */
import type { CohortId } from '../schema';

export interface CohortInfo {
	readonly id: CohortId;
	readonly label_en: string;
	readonly label_zh: string;
	readonly short_en: string;
}

export const COHORTS: readonly CohortInfo[] = [
	{
		id: 'c37',
		label_en: '37-city pilot',
		label_zh: '37城试点',
		short_en: '37 cities'
	},
	{
		id: 'c86',
		label_en: '86 cities + Hainan',
		label_zh: '86城及海南全岛',
		short_en: '86 + Hainan'
	},
	{
		id: 'call',
		label_en: 'All zones',
		label_zh: '全部区域',
		short_en: 'All zones'
	}
];

/** Looks a cohort up by id. */
export function cohortInfo(id: string): CohortInfo | undefined {
	return COHORTS.find((c) => c.id === id);
}
