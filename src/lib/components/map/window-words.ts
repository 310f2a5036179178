/** The tiles' window in words: the header, the table's caption, and why those months. */
import { formatMonth } from '../../format/date';
import type { Locale } from '../../format/number';
import { t } from '../../i18n/index.svelte';
import type { AreaWindow } from './map-data.svelte';

export function windowWords(w: AreaWindow, metric: string, lang: Locale) {
	const from = formatMonth(w.from, lang);
	const to = formatMonth(w.to, lang);
	if (w.kind === 'rolling')
		return {
			units: t('maps.tiles.units', { metric, month: to }),
			caption: t('maps.tiles.caption', { month: to }),
			why: t('maps.window.rolling')
		};
	return {
		units: t('maps.tiles.unitsRange', { metric, from, to }),
		caption: t('maps.tiles.captionRange', { from, to }),
		why: t('maps.window.range', { from, to })
	};
}
