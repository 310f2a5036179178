/**
 * The views a report can hold: each is a page's panel, shown with the block's own filters. Pages
 * added later register here (one entry, one message key).
 */
import type { ReportViewId } from '../../report/spec';
import type { ReportView } from './report-view';
import PhaseCardsPanel from '../overview/PhaseCardsPanel.svelte';
import PilotCountPanel from '../overview/PilotCountPanel.svelte';
import TimelinePanel from '../timeline/TimelinePanel.svelte';
import PeriodSummaryPanel from '../timeline/PeriodSummaryPanel.svelte';
import EventStudyPanel from '../timeline/EventStudyPanel.svelte';
import GrowthTable from '../timeline/GrowthTable.svelte';
import { TIMELINE_PARAMS } from '../timeline/params';
import { CATEGORY_REPORT_VIEWS } from '../categories/report-views';
import { COMPLIANCE_REPORT_VIEWS } from '../compliance/report-views';
import { MAP_REPORT_VIEWS } from '../map/report-views';

export type { ReportView };

export const REPORT_VIEWS: Record<ReportViewId, ReportView> = {
	'phase-cards': {
		component: PhaseCardsPanel,
		label: 'report.view.phase-cards',
		params: [],
		filtered: false
	},
	'pilot-count': {
		component: PilotCountPanel,
		label: 'report.view.pilot-count',
		params: [],
		filtered: false
	},
	timeline: {
		component: TimelinePanel,
		label: 'report.view.timeline',
		params: TIMELINE_PARAMS,
		filtered: true
	},
	'period-summary': {
		component: PeriodSummaryPanel,
		label: 'report.view.period-summary',
		params: TIMELINE_PARAMS,
		filtered: true
	},
	'event-study': {
		component: EventStudyPanel,
		label: 'report.view.event-study',
		params: TIMELINE_PARAMS,
		filtered: true
	},
	'join-growth': {
		component: GrowthTable,
		label: 'report.view.join-growth',
		params: TIMELINE_PARAMS,
		filtered: true
	},
	...CATEGORY_REPORT_VIEWS,
	...COMPLIANCE_REPORT_VIEWS,
	...MAP_REPORT_VIEWS
};
