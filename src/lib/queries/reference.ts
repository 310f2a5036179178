/** Queries for the small reference tables: phases, events, sources, sample targets. */
import { sql, toQuery } from './sql';
import type { QuerySpec } from '../db/connector';
import { MONTH, defineView } from './views';

export interface PhaseRow {
	id: string;
	ord: number;
	cohort: string;
	label_en: string;
	label_zh: string;
	notice_no: string;
	announced: string;
	effective: string;
	official_added: number | null;
	official_total: number | null;
	official_count_note: string;
	official_count_note_zh: string;
	description_en: string;
	description_zh: string;
	source_ids: string;
}

/** Every phase, in order. */
function phasesSql(): QuerySpec {
	return toQuery(sql`
		SELECT id, ord::INTEGER AS ord, cohort, label_en, label_zh, notice_no,
			strftime(announced, '%Y-%m-%d') AS announced, strftime(effective, '%Y-%m-%d') AS effective,
			official_added::INTEGER AS official_added, official_total::INTEGER AS official_total,
			official_count_note, official_count_note_zh, description_en, description_zh, source_ids
		FROM "phases" ORDER BY ord`);
}
export const phasesQuery = defineView('reference.phases', [], phasesSql);

export interface EventRow {
	id: string;
	date: string;
	date_precision: 'day' | 'month';
	kind: string;
	phase: string | null;
	label_en: string;
	label_zh: string;
	description_en: string;
	description_zh: string;
	source_ids: string;
}

/** Policy events in [from, to] months, oldest first. */
function eventsSql(fromMonth: string, toMonth: string): QuerySpec {
	return toQuery(sql`
		SELECT id, strftime("date", '%Y-%m-%d') AS "date", date_precision, kind, phase,
			label_en, label_zh, description_en, description_zh, source_ids
		FROM "events"
		WHERE "date" >= ${`${fromMonth}-01`}::DATE
			AND "date" < (${`${toMonth}-01`}::DATE + INTERVAL 1 MONTH)
		ORDER BY "date", id`);
}
export const eventsQuery = defineView('reference.events', [MONTH, MONTH], eventsSql);
