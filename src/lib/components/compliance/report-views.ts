/** The compliance panels a report can hold (registered in components/report/view-registry.ts). */
import SummaryPanel from './SummaryPanel.svelte';
import TrendPanel from './TrendPanel.svelte';
import TypeTrendPanel from './TypeTrendPanel.svelte';
import FunnelPanel from './FunnelPanel.svelte';
import LeaguePanel from './LeaguePanel.svelte';
import { MEASURE_PARAM } from './labels';
import type { ReportView } from '../report/report-view';

export const COMPLIANCE_REPORT_VIEWS = {
	'compliance-summary': {
		component: SummaryPanel,
		label: 'compliance.report.summary',
		params: [],
		filtered: true
	},
	'compliance-cohort-trend': {
		component: TrendPanel,
		label: 'compliance.report.cohortTrend',
		params: [MEASURE_PARAM],
		filtered: true
	},
	'compliance-type-trend': {
		component: TypeTrendPanel,
		label: 'compliance.report.typeTrend',
		params: [MEASURE_PARAM],
		filtered: true
	},
	'compliance-funnel': {
		component: FunnelPanel,
		label: 'compliance.report.funnel',
		params: [],
		filtered: true
	},
	'city-league': {
		component: LeaguePanel,
		label: 'compliance.report.league',
		params: [],
		filtered: true
	}
} as const satisfies Record<string, ReportView>;
