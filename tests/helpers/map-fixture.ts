/**
 * Map fixture: city A (province 11) joins Jan 2019, B (province 33) Mar 2019, C (33) in 2020.
 * Each has 9610 rows from 2018-12 (before joining, which the map must leave out), two categories
 * and both channels; violations in some months, so rates can be worked out by hand.
 */
import type { FixtureRows } from './fixture-db';
import { OVERVIEW_FIXTURE } from './overview-fixture';

const city = (code: string, province: string, phase: string, joined: string, basis = 'named') => ({
	code,
	code_official: true,
	name_en: `City ${code}`,
	name_zh: `城${code}`,
	province_code: province,
	province_en: `P${province}`,
	province_zh: `省${province}`,
	lat: 30,
	lon: 115,
	phase,
	joined_month: joined,
	basis,
	cbec_zone_batch: null,
	source_ids: 'S1'
});

const imp = (
	code: string,
	month: string,
	category: string,
	channel: string,
	orders: number,
	value: number
) => ({
	month: `${month}-01`,
	city_code: code,
	category,
	channel,
	orders,
	value_cny: value
});

const vio = (code: string, month: string, type: string, cases: number) => ({
	month: `${month}-01`,
	city_code: code,
	type,
	cases,
	orders_involved: cases,
	value_cny: cases * 10
});

export const MAP_FIXTURE: FixtureRows = {
	phases: OVERVIEW_FIXTURE.phases,
	cities: [
		city('A', '110000', 't2016', '2019-01-01'),
		city('B', '330000', 'p2018', '2019-03-01'),
		city('C', '330000', 'p2020', '2020-01-01', 'inferred')
	],
	imports: [
		// before joining: must not count
		imp('A', '2018-12', 'beauty', '9610', 50, 5000),
		imp('B', '2019-02', 'beauty', '9610', 5, 500),
		// A: two categories and both channels
		imp('A', '2019-01', 'beauty', '1210', 100, 10000),
		imp('A', '2019-01', 'food', '9610', 100, 2000),
		imp('A', '2019-02', 'beauty', '1210', 200, 20000),
		imp('A', '2019-03', 'beauty', '1210', 300, 30000),
		imp('A', '2019-03', 'food', '1210', 100, 1000),
		// B: food only
		imp('B', '2019-03', 'food', '1210', 10, 3000)
	],
	violations: [
		vio('A', '2018-12', 'resale', 9), // before joining
		vio('A', '2019-01', 'resale', 2),
		vio('A', '2019-03', 'resale', 1),
		vio('A', '2019-03', 'fake_identity', 3),
		vio('B', '2019-03', 'resale', 5)
	]
};
