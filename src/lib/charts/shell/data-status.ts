/**
 * Whose data a view shows, per table it reads: the bundled sample, or the analyst's own files
 * once they replaced that table. A view reading two tables can show both kinds at once; it says
 * so per table rather than calling everything "sample data". Pure.
 */
import type { Locale } from '../../format/number';
import { translate, type MessageKey } from '../../i18n/index.svelte';

export interface TableStatus {
	readonly table: string;
	readonly own: boolean;
}

/** The status of each modelled table in `tables`; `ownOnly` says which hold only the analyst's rows. */
export function tableStatus(
	tables: readonly string[],
	ownOnly: (table: string) => boolean
): TableStatus[] {
	return tables.map((table) => ({ table, own: ownOnly(table) }));
}

/**
 * One line saying whose data this is; null when the view reads no modelled table. `ownKey` names
 * data that is not the sample: the analyst's files, or a server's own data.
 */
export function statusLine(
	status: readonly TableStatus[],
	locale: Locale,
	ownKey: 'chart.ownData' | 'chart.serverData' = 'chart.ownData'
): string | null {
	if (status.length === 0) return null;
	if (status.every((s) => !s.own)) return translate(locale, 'sample.chart');
	if (status.every((s) => s.own)) return translate(locale, ownKey);
	const names = (own: boolean) =>
		status
			.filter((s) => s.own === own)
			.map((s) => translate(locale, `table.${s.table}` as MessageKey))
			.join(translate(locale, 'chart.listSeparator'));
	return translate(locale, 'chart.status.mixed', { own: names(true), sample: names(false) });
}
