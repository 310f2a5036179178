/** The timeline page's own URL parameters (the filters are global). */
import { choiceParam } from '../../state/view-param';
import { TIMELINE_SCALES } from '../../analysis/timeline-scales';
import { EVENT_MEASURES } from '../../analysis/event-study';
import { COMPARISON_GROUPS, DID_SCALES } from '../../analysis/did/options';

export const scaleParam = choiceParam('scale', TIMELINE_SCALES, 'absolute');
export const alignParam = choiceParam('align', ['calendar', 'join'] as const, 'calendar');
export const studyParam = choiceParam('study', EVENT_MEASURES, 'index');

/** The estimate's outcome: the filter bar's metric, or the violation rate. */
export const outcomeParam = choiceParam('outcome', ['metric', 'rate'] as const, 'metric');
/** Effects on growth (logs) or in the outcome's unit. */
export const effectScaleParam = choiceParam('effect', DID_SCALES, 'log');
export const comparisonParam = choiceParam('vs', COMPARISON_GROUPS, 'not-yet');
/** Which event-time series the chart draws: all phases pooled, or one cohort. */
export const eventSeriesParam = choiceParam('es', ['all', 'c37', 'c86', 'call'] as const, 'all');

export const TIMELINE_PARAMS = [
	scaleParam,
	alignParam,
	studyParam,
	outcomeParam,
	effectScaleParam,
	comparisonParam,
	eventSeriesParam
];
