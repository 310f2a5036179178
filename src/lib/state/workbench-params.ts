/** The data page's own URL parameters: which table is browsed, and a shared query's text. */
import { TABLE_NAMES } from '../schema';
import { choiceParam, textParam } from './view-param';

export const TABLE_PARAM = choiceParam('table', TABLE_NAMES, 'imports');

/** A query carried by a shared link: shown in the editor, never run until the user presses Run. */
export const SQL_PARAM = textParam('sql', 4000);
