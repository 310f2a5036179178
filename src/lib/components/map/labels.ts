/** Labels and formats the map panels share: phase names, metric names and value formats. */
import { REFERENCE_CSV } from '../../reference/csv';
import { formatCny, formatCount, type Locale } from '../../format/number';
import type { BubbleMetric } from '../../charts/views/map/expansion';
import type { AreaMetric } from '../../charts/views/map/area-metrics';

/** A phase's label in the interface language. */
export function phaseLabel(id: string, locale: Locale): string {
	const p = REFERENCE_CSV.phases.find((x) => x.id === id);
	return (locale === 'zh' ? p?.label_zh : p?.label_en) ?? id;
}

/** The format of a bubble metric's values. */
export function bubbleFormat(metric: BubbleMetric, locale: Locale): (v: number) => string {
	return metric === 'orders' ? (v) => formatCount(v) : (v) => formatCny(v, locale);
}

/** Message keys of the bubble and area metrics. */
export const BUBBLE_METRIC_KEY = {
	value: 'metric.value',
	orders: 'metric.orders',
	aov: 'metric.aov'
} as const satisfies Record<BubbleMetric, string>;

export const AREA_METRIC_KEY = {
	value: 'maps.area.value',
	value_per_city: 'maps.area.value_per_city',
	cities: 'maps.area.cities',
	rate: 'maps.area.rate'
} as const satisfies Record<AreaMetric, string>;
