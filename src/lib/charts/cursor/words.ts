/**
 * What a cursor position shows, in words, for its `aria-valuetext`: the position, then each
 * series' label and value as the tip writes them. One sentence shape for every chart.
 */
import { t } from '../../i18n/index.svelte';

export interface SpokenValue {
	readonly label: string;
	readonly value: string | number;
}

export function cursorWords(key: string, rows: readonly SpokenValue[]): string {
	return t('chart.cursorText', {
		key,
		values: rows
			.map((r) => t('chart.cursorValue', { label: r.label, value: r.value }))
			.join(t('chart.valueSeparator'))
	});
}
