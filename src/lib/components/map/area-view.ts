/** What the tile map and the choropleth show for a metric: values, classes, one format for all. */
import { classScale } from '../../charts/views/map/classes';
import { metricOf, type AreaMetric, type AreaTotals } from '../../charts/views/map/area-metrics';
import { columnFormat, formatValue, type ColumnFormat } from '../../format/column';
import type { NumberKind } from '../../format/units';
import type { Locale } from '../../format/number';
import type { TipRow } from '../../charts/guides/TipTable.svelte';
import { t } from '../../i18n/index.svelte';

/** What each area metric's numbers are. */
export const AREA_KIND: Record<AreaMetric, NumberKind> = {
	value: 'cny',
	value_per_city: 'cny',
	cities: 'count',
	rate: 'rate'
};

/** Classes and one column format (one unit, one number of decimals) for the areas' totals. */
export function areaView(
	totals: ReadonlyMap<string, AreaTotals>,
	metric: AreaMetric,
	locale: Locale
): {
	valueOf: (code: string) => number | null;
	classes: ReturnType<typeof classScale>;
	numbers: ColumnFormat;
	format: (value: number | null) => string;
} {
	const valueOf = (code: string) => metricOf(totals.get(code), metric);
	const values = [...totals.values()].map((t) => metricOf(t, metric));
	const classes = classScale(values, metric === 'cities');
	const all = [...values, ...classes.legend.flatMap((c) => [c.from, c.to])];
	let numbers = columnFormat(all, AREA_KIND[metric], locale);
	// One unit for every tile and legend line, with the decimals the smallest value needs to show.
	const smallest = Math.min(...all.filter((v): v is number => v !== null && v > 0));
	if (Number.isFinite(smallest) && numbers.shown(smallest) === 0) {
		const decimals = Math.ceil(-Math.log10(smallest / numbers.unit.divisor));
		numbers = columnFormat(all, AREA_KIND[metric], locale, { decimals: Math.min(3, decimals) });
	}
	return { valueOf, classes, numbers, format: (v) => numbers.format(v) };
}

/** The rows of an area's tip: every metric, so the colour can be read against the rest. */
export function areaDetail(
	t: AreaTotals | undefined,
	labels: { value: string; cities: string; rate: string },
	locale: Locale
): TipRow[] {
	if (!t) return [];
	return [
		{ id: 'value', label: labels.value, value: formatValue(t.value, 'cny', locale) },
		{ id: 'cities', label: labels.cities, value: formatValue(t.cities, 'count', locale) },
		{ id: 'rate', label: labels.rate, value: formatValue(metricOf(t, 'rate'), 'rate', locale) }
	];
}

/**
 * The class legend's lines and its sentence: a class of one value says that value, and a single
 * class (one area with data) says so rather than "1 classes at the quintiles".
 */
export function areaLegend(view: ReturnType<typeof areaView>) {
	const lines = view.classes.legend;
	return {
		scale:
			lines.length === 1 ? t('maps.legend.single') : t('maps.legend.scale', { n: lines.length }),
		classes: lines.map((c) => ({
			index: c.index,
			colour: c.colour,
			label:
				view.format(c.from) === view.format(c.to)
					? view.format(c.from)
					: t('maps.legend.range', { from: view.format(c.from), to: view.format(c.to) })
		}))
	};
}
