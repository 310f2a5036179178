/** Policy events as chart markers, in the current language. */
import type { EventRow } from '../../queries/reference';
import { formatDate } from '../../format/date';
import type { Locale } from '../../format/number';
import { localText, sourceList } from '../../reference/localise';

/** Marker inputs for the time charts (guides/EventMarkers) from event rows. */
export function chartEvents(rows: readonly EventRow[], locale: Locale) {
	return rows.map((e) => ({
		id: e.id,
		x: Date.parse(`${e.date}T00:00:00Z`),
		label: locale === 'zh' ? e.label_zh : e.label_en,
		date: formatDate(e.date, e.date_precision, locale),
		detail: localText(e, 'description', locale),
		source: sourceList(e.source_ids, locale)
	}));
}
