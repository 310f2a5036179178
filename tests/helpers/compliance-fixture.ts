/**
 * Fixture for the categories and compliance builders: four cities in three cohorts over two
 * months (Feb and Mar 2021), two categories, both channels, two violation types. City A is large
 * with few cases, city B small with many, so the 37-city cohort's rate as a ratio of sums
 * (11 / 20,200 × 10,000 ≈ 5.45) is far from the average of its cities' rates ((3 + 250) / 2).
 */
import type { FixtureRows } from './fixture-db';

const phase = (id: string, ord: number, cohort: string) => ({
	id,
	ord,
	cohort,
	label_en: id,
	label_zh: id,
	notice_no: `N-${id}`,
	announced: '2018-01-01',
	effective: '2018-01-01',
	date_precision: 'day',
	official_added: null,
	official_total: null,
	official_count_note: '',
	official_count_note_zh: '',
	description_en: '',
	description_zh: '',
	source_ids: 'S1'
});

const city = (code: string, ph: string, province: string) => ({
	code,
	code_official: true,
	name_en: `City ${code}`,
	name_zh: code,
	province_code: province,
	province_en: `P${province}`,
	province_zh: province,
	lat: 30,
	lon: 110,
	phase: ph,
	joined_month: '2016-05-01',
	basis: 'named',
	cbec_zone_batch: null,
	source_ids: 'S1'
});

const imp = (
	month: string,
	city_code: string,
	category: string,
	channel: string,
	orders: number,
	value_cny: number
) => ({ month: `${month}-01`, city_code, category, channel, orders, value_cny });

const vio = (month: string, city_code: string, type: string, cases: number, value_cny: number) => ({
	month: `${month}-01`,
	city_code,
	type,
	cases,
	orders_involved: cases,
	value_cny
});

const category = (id: string, ord: number) => ({
	id,
	ord,
	name_en: id,
	name_zh: id,
	share_2022_pct: 50,
	share_basis: 'assumed',
	avg_order_cny: 100,
	source_ids: null
});

const vtype = (id: string, ord: number, channel_scope: string) => ({
	id,
	ord,
	name_en: id,
	name_zh: id,
	channel_scope,
	description_en: '',
	description_zh: '',
	source_ids: 'S1'
});

const bothMonths = (f: (m: string) => ReturnType<typeof imp>[]) =>
	['2021-02', '2021-03'].flatMap(f);

export const COMPLIANCE_FIXTURE: FixtureRows = {
	phases: [phase('t2016', 1, 'c37'), phase('p2020', 2, 'c86'), phase('p2021', 3, 'call')],
	cities: [
		city('A', 't2016', '310000'),
		city('B', 't2016', '320000'),
		city('C', 'p2020', '320000'),
		city('D', 'p2021', '330000')
	],
	categories: [category('beauty', 1), category('food', 2)],
	violation_types: [vtype('offline_pickup', 1, '1210'), vtype('resale', 2, 'all')],
	imports: [
		...bothMonths((m) => [
			imp(m, 'A', 'beauty', '1210', 8000, 80_000),
			imp(m, 'A', 'food', '9610', 2000, 40_000),
			imp(m, 'B', 'beauty', '1210', 100, 1_000)
		]),
		imp('2021-03', 'C', 'food', '1210', 500, 5_000),
		imp('2021-03', 'D', 'beauty', '9610', 50, 2_500)
	],
	violations: [
		vio('2021-02', 'A', 'resale', 4, 400),
		vio('2021-03', 'A', 'offline_pickup', 2, 300),
		vio('2021-02', 'B', 'resale', 5, 50),
		vio('2021-03', 'C', 'resale', 1, 10)
	]
};
