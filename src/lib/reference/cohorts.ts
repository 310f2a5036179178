/** The three cohorts the product compares, with the labels every view uses. */
import type { CohortId } from '../schema';

export interface CohortInfo {
	readonly id: CohortId;
	readonly label_en: string;
	readonly label_zh: string;
	readonly short_en: string;
	readonly notice: string;
}

export const COHORTS: readonly CohortInfo[] = [
	{
		id: 'c37',
		label_en: '37-city pilot',
		label_zh: '37城试点',
		short_en: '37 cities',
		notice: 'Shang Cai Fa [2018] No. 486, with the 2016–17 transitional cities as its core'
	},
	{
		id: 'c86',
		label_en: '86 cities + Hainan',
		label_zh: '86城及海南全岛',
		short_en: '86 + Hainan',
		notice: 'Shang Cai Fa [2020] No. 15'
	},
	{
		id: 'call',
		label_en: 'All zones',
		label_zh: '全部区域',
		short_en: 'All zones',
		notice: 'Shang Cai Fa [2021] No. 39'
	}
];

/** Looks a cohort up by id. */
export function cohortInfo(id: string): CohortInfo | undefined {
	return COHORTS.find((c) => c.id === id);
}
