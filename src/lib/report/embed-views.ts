/**
 * Which chart is which view: a chart names itself (`data-chart`), a report block and an embed
 * name the view of the registry (`/embed/timeline`). Most names are the same; the map panels are
 * named after what they draw. A chart that is no registered view (the city page's panels) has no
 * embed of its own. Pure.
 */
import { REPORT_VIEW_IDS, type ReportViewId } from './spec';

const ALIASES: Readonly<Record<string, ReportViewId>> = {
	'expansion-map': 'map-expansion',
	'province-tiles': 'map-tiles'
};

/** The registered view a chart is, or null. */
export function embedViewId(chart: string): ReportViewId | null {
	if ((REPORT_VIEW_IDS as readonly string[]).includes(chart)) return chart as ReportViewId;
	return ALIASES[chart] ?? null;
}

/** True for a registered view's id (the embed route's parameter, from a URL). */
export function isViewId(value: string): value is ReportViewId {
	return (REPORT_VIEW_IDS as readonly string[]).includes(value);
}
