/** What the tile map and the choropleth show for a metric: values, classes, legend lines. */
import { classScale } from '../../charts/views/map/classes';
import { metricOf, type AreaMetric, type AreaTotals } from '../../charts/views/map/area-metrics';
import { formatCny, formatCount, formatRate, type Locale } from '../../format/number';
import { areaFormat } from './labels';

/** Classes and formats for the areas' totals under one metric. */
export function areaView(
	totals: ReadonlyMap<string, AreaTotals>,
	metric: AreaMetric,
	locale: Locale
) {
	const valueOf = (code: string) => metricOf(totals.get(code), metric);
	const classes = classScale(
		[...totals.values()].map((t) => metricOf(t, metric)),
		metric === 'cities'
	);
	const format = areaFormat(metric, locale);
	return { valueOf, classes, format };
}

/** The lines of an area's tooltip: every metric, so the colour can be read against the rest. */
export function areaDetail(
	t: AreaTotals | undefined,
	labels: { value: string; cities: string; rate: string },
	locale: Locale
): string[] {
	if (!t) return [];
	return [
		`${labels.value}: ${formatCny(t.value, locale)}`,
		`${labels.cities}: ${formatCount(t.cities)}`,
		`${labels.rate}: ${formatRate(metricOf(t, 'rate'))}`
	];
}
