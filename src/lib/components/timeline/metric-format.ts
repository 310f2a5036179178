/** Formats for a metric's values in charts and tables, per locale. */
import {
	formatChange,
	formatCny,
	formatCount,
	formatShare,
	type Locale
} from '../../format/number';
import { format } from 'd3';
import type { Metric } from '../../model/filters';
import type { TimelineScale } from '../../analysis/timeline-scales';

/** A value of the metric on a scale, for tooltips and tables. */
export function formatScaled(metric: Metric, scale: TimelineScale, locale: Locale) {
	return (v: number | null): string => {
		if (v === null || !Number.isFinite(v)) return '–';
		if (scale === 'share') return formatShare(v);
		if (scale === 'index') return format('.1f')(v);
		if (scale === 'relative') return formatChange(v);
		if (metric === 'orders') return formatCount(v);
		return formatCny(v, locale);
	};
}

/** Short axis ticks for a metric on a scale. */
export function axisFormat(metric: Metric, scale: TimelineScale, locale: Locale) {
	if (scale === 'share') return format('.0%');
	if (scale === 'index') return format('.0f');
	if (scale === 'relative') return format('+.0%');
	if (metric === 'orders') return format('.2~s');
	return (v: number) => formatCny(v, locale);
}
