/** The map panels a report can hold (registered in components/report/view-registry.ts). */
import ExpansionMapView from './ExpansionMapView.svelte';
import ProvinceTilesView from './ProvinceTilesView.svelte';
import { MAP_PARAMS } from './map-params';
import type { ReportView } from '../report/report-view';

export const MAP_REPORT_VIEWS = {
	'map-expansion': {
		component: ExpansionMapView,
		label: 'maps.report.expansion',
		params: MAP_PARAMS,
		filtered: true
	},
	'map-tiles': {
		component: ProvinceTilesView,
		label: 'maps.report.tiles',
		params: MAP_PARAMS,
		filtered: true
	}
} as const satisfies Record<string, ReportView>;
