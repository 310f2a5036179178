/** Labels and colours shared by the category panels, in the current language. */
import { REFERENCE_CSV } from '../../reference/csv';
import { COHORT_IDS } from '../../schema';
import { categoryColour, cohortColour, REFERENCE_COLOUR } from '../../charts/palette';
import { choiceParam } from '../../state/view-param';
import { NATIONAL } from '../../queries/categories';
import { localName, t, type MessageKey } from '../../i18n/index.svelte';

/** Goods categories in display order, with their colours. */
export function categoryList() {
	return REFERENCE_CSV.categories.map((c) => ({
		id: c.id ?? '',
		label: localName(c),
		colour: categoryColour(c.id ?? '')
	}));
}

/** The three cohorts and the national reference (grey, dashed where drawn as a line). */
export function groupList() {
	return [
		...COHORT_IDS.map((id) => ({
			id: id as string,
			label: t(`cohort.${id}` as MessageKey),
			colour: cohortColour(id),
			dashed: false
		})),
		{ id: NATIONAL, label: t('categories.nationalShort'), colour: REFERENCE_COLOUR, dashed: true }
	];
}

/** `?sort=`: bars in phase order, or by the share of one category. */
export const SORT_PARAM = choiceParam(
	'sort',
	['phase', ...REFERENCE_CSV.categories.map((c) => c.id ?? '')],
	'phase'
);
