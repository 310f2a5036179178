/** The expansion map's twin: the pilot cities with data in the month shown, one column format each. */
import { numberColumn, type TableSpec } from '../../charts/table/columns';
import { citiesWithData, rateAt, type CitySeries } from '../../charts/views/map/expansion';
import { formatMonth } from '../../format/date';
import type { Locale } from '../../format/number';
import { t } from '../../i18n/index.svelte';
import type { MapCityRow } from '../../queries/map';
import { phaseLabel } from './labels';
import type { MapData } from './map-data.svelte';

interface CityRow {
	readonly code: string;
	readonly place: MapCityRow | undefined;
	readonly value: number;
	readonly rate: number | null;
}

export function citiesTable(
	data: MapData,
	series: CitySeries,
	month: number,
	monthLabel: string,
	metricName: string,
	lang: Locale
): TableSpec<CityRow> {
	const rows: CityRow[] = citiesWithData(series, month).map((code) => ({
		code,
		place: data.placeByCode.get(code),
		value: series.value.get(code)?.[month] ?? 0,
		rate: rateAt(series, code, month)
	}));
	return {
		caption: t('maps.table.caption', { month: monthLabel }),
		testid: 'map-cities-table',
		rows,
		key: (r) => r.code,
		rowAttrs: (r) => ({ 'data-city': r.code }),
		columns: [
			{
				id: 'city',
				header: t('maps.table.city'),
				value: (r) => (lang === 'zh' ? r.place?.name_zh : r.place?.name_en) ?? r.code,
				sort: true
			},
			{
				id: 'phase',
				header: t('maps.table.phase'),
				value: (r) => phaseLabel(r.place?.phase ?? '', lang)
			},
			{
				id: 'basis',
				header: t('maps.table.basis'),
				value: (r) =>
					t(r.place?.basis === 'inferred' ? 'maps.tip.basis.inferred' : 'maps.tip.basis.named')
			},
			{
				id: 'joined',
				header: t('maps.table.joined'),
				value: (r) => r.place?.joined ?? null,
				format: (v) => (v === null ? '–' : formatMonth(String(v), lang)),
				sort: true
			},
			numberColumn(rows, {
				id: 'value',
				header: metricName,
				value: (r) => r.value,
				kind: data.metric === 'orders' ? 'count' : 'cny',
				locale: lang,
				sort: true,
				dataValue: true
			}),
			numberColumn(rows, {
				id: 'rate',
				header: t('maps.table.rate'),
				value: (r) => r.rate,
				kind: 'rate',
				locale: lang,
				sort: true,
				dataValue: true
			})
		]
	};
}
