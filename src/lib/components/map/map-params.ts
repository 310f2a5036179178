/** The map page's own URL parameters: the slider's month and the tile map's metric. */
import { choiceParam, monthParam } from '../../state/view-param';
import { AREA_METRICS } from '../../charts/views/map/area-metrics';
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '../../schema';

export const MONTH_PARAM = monthParam('month', SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH);
export const TILE_PARAM = choiceParam('tile', AREA_METRICS, 'value');
export const MAP_PARAMS = [MONTH_PARAM, TILE_PARAM];
