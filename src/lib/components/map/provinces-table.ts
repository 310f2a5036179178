/** The tile map's twin: every province's totals over the window, one format per column. */
import { numberColumn, type TableSpec } from '../../charts/table/columns';
import { metricOf, type AreaTotals } from '../../charts/views/map/area-metrics';
import type { Locale } from '../../format/number';
import type { ProvinceTile } from '../../geo/province-tiles';
import { PROVINCE_TILES } from '../../geo/tiles-data';
import { t } from '../../i18n/index.svelte';

interface ProvinceRow {
	readonly tile: ProvinceTile;
	readonly totals: AreaTotals | undefined;
}

export function provincesTable(
	totals: ReadonlyMap<string, AreaTotals>,
	caption: string,
	lang: Locale
): TableSpec<ProvinceRow> {
	const rows = PROVINCE_TILES.map((tile) => ({ tile, totals: totals.get(tile.code) }));
	const number = (
		id: string,
		header: string,
		kind: 'cny' | 'count' | 'rate',
		value: (r: ProvinceRow) => number | null
	) => numberColumn(rows, { id, header, value, kind, locale: lang, sort: true, dataValue: true });
	return {
		caption,
		testid: 'map-provinces-table',
		rows,
		key: (r) => r.tile.code,
		rowAttrs: (r) => ({ 'data-province': r.tile.code }),
		columns: [
			{
				id: 'province',
				header: t('maps.table.province'),
				value: (r) => (lang === 'zh' ? r.tile.name_zh : r.tile.name_en),
				sort: true
			},
			number('value', t('maps.area.value'), 'cny', (r) => r.totals?.value ?? null),
			number('value_per_city', t('maps.area.value_per_city'), 'cny', (r) =>
				metricOf(r.totals, 'value_per_city')
			),
			number('cities', t('maps.area.cities'), 'count', (r) =>
				r.totals ? r.totals.cities : r.tile.pilot_data ? 0 : null
			),
			number('rate', t('maps.area.rate'), 'rate', (r) => metricOf(r.totals, 'rate'))
		]
	};
}
