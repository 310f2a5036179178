/** The timeline page's own URL parameters (the filters are global). */
import { choiceParam } from '../../state/view-param';
import { TIMELINE_SCALES } from '../../analysis/timeline-scales';
import { EVENT_MEASURES } from '../../analysis/event-study';

export const scaleParam = choiceParam('scale', TIMELINE_SCALES, 'absolute');
export const alignParam = choiceParam('align', ['calendar', 'join'] as const, 'calendar');
export const studyParam = choiceParam('study', EVENT_MEASURES, 'index');

export const TIMELINE_PARAMS = [scaleParam, alignParam, studyParam];
