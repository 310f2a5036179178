/** The category panels a report can hold (registered in components/report/view-registry.ts). */
import CompositionPanel from './CompositionPanel.svelte';
import DifferencePanel from './DifferencePanel.svelte';
import ShareTrendPanel from './ShareTrendPanel.svelte';
import ChannelSplitPanel from './ChannelSplitPanel.svelte';
import { SORT_PARAM } from './labels';
import type { ReportView } from '../report/report-view';

export const CATEGORY_REPORT_VIEWS = {
	'category-mix': {
		component: CompositionPanel,
		label: 'categories.report.mix',
		params: [SORT_PARAM],
		filtered: true
	},
	'category-diff': {
		component: DifferencePanel,
		label: 'categories.report.diff',
		params: [],
		filtered: true
	},
	'category-trend': {
		component: ShareTrendPanel,
		label: 'categories.report.trend',
		params: [],
		filtered: true
	},
	'category-channel': {
		component: ChannelSplitPanel,
		label: 'categories.report.channel',
		params: [],
		filtered: true
	}
} as const satisfies Record<string, ReportView>;
