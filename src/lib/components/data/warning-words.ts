/** Magnitude warnings of an upload as sentences, with numbers in the reader's format. */
import { t } from '$lib/i18n/index.svelte';
import { formatCount } from '$lib/format/number';
import type { ScaleWarning } from '$lib/ingest/scale-check';

const ratio = (r: number) => (r >= 10 ? formatCount(Math.round(r)) : r.toFixed(1));

export function warningText(w: ScaleWarning): string {
	if (w.code === 'implausible-order-value') {
		return t('ingest.warn.implausible-order-value', {
			perOrder: w.perOrder < 1 ? w.perOrder.toPrecision(2) : formatCount(Math.round(w.perOrder))
		});
	}
	const params = {
		year: w.year,
		total: formatCount(Math.round(w.total)),
		national: formatCount(Math.round(w.national))
	};
	if (w.code === 'above-national') {
		return t('ingest.warn.above-national', { ...params, ratio: ratio(w.ratio) });
	}
	return t('ingest.warn.far-below-national', {
		...params,
		inverse: formatCount(Math.round(1 / w.ratio))
	});
}
