/** Labels, colours and the view parameter shared by the compliance panels. */
import { REFERENCE_CSV } from '../../reference/csv';
import { COHORT_IDS } from '../../schema';
import { cohortColour, violationTypeColour } from '../../charts/palette';
import { choiceParam } from '../../state/view-param';
import { localName, t, type MessageKey } from '../../i18n/index.svelte';
import type { FunnelPosition } from '../../stats/funnel';
import { inapplicableFilters } from '../../queries/filters';
import type { Filters } from '../../model/filters';

/** The three cohorts with their labels and colours. */
export function cohortList() {
	return COHORT_IDS.map((id) => ({
		id: id as string,
		label: t(`cohort.${id}` as MessageKey),
		colour: cohortColour(id)
	}));
}

/** Violation types in display order. */
export function typeList() {
	return REFERENCE_CSV.violation_types.map((v) => ({
		id: v.id ?? '',
		label: localName(v),
		colour: violationTypeColour(v.id ?? '')
	}));
}

/** The notice the charts mark: Shang Cai Fa [2021] No. 39, March 2021 (source S9). */
export function noticeRule() {
	const e = REFERENCE_CSV.events.find((x) => x.id === 'notice-2021');
	return e ? [{ id: e.id ?? '', date: e.date ?? '', label: t('compliance.notice') }] : [];
}

/** `?measure=`: the violation rate (default) or the flagged value share. */
export const MEASURE_PARAM = choiceParam('measure', ['rate', 'share'], 'rate');

/** A city's position against the funnel limits, in words. */
export function positionLabel(at95: FunnelPosition, at998: FunnelPosition): string {
	if (at998 !== 'within') return t(`compliance.position.${at998}998` as MessageKey);
	if (at95 !== 'within') return t(`compliance.position.${at95}95` as MessageKey);
	return t('compliance.position.within');
}

/**
 * Which of the page's filters cannot apply to violations (no category, no channel), said as the
 * compliance views say it wherever they go; null when every filter applies.
 */
export function ignoredFiltersNote(filters: Filters): string | null {
	const ignored = inapplicableFilters(filters, 'violations');
	if (ignored.length === 0) return null;
	const names = ignored
		.map((k) => t(k === 'categories' ? 'compliance.scopeCategory' : 'compliance.scopeChannel'))
		.join(t('compliance.scopeAnd'));
	return t('compliance.scopeNote', { filters: names });
}
