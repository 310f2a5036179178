/** Builders for hand-made fixture rows in the contract's shape. */
export const phase = (
	id: string,
	ord: number,
	cohort: string,
	added: number | null,
	total: number | null,
	effective = '2018-01-01'
) => ({
	id,
	ord,
	cohort,
	label_en: id,
	label_zh: id,
	notice_no: `N-${id}`,
	announced: '2018-01-01',
	effective,
	date_precision: 'day',
	official_added: added,
	official_total: total,
	official_count_note: '',
	official_count_note_zh: '',
	description_en: '',
	description_zh: '',
	source_ids: 'S1'
});

export const city = (code: string, ph: string, joined: string, basis = 'named') => ({
	code,
	code_official: true,
	name_en: code,
	name_zh: code,
	province_code: '110000',
	province_en: 'P',
	province_zh: 'P',
	lat: 30,
	lon: 110,
	phase: ph,
	joined_month: joined,
	basis,
	cbec_zone_batch: null,
	source_ids: 'S1'
});

export const months = (year: number, count: number) =>
	Array.from({ length: count }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}-01`);

export function imports(code: string, year: number, count: number, orders: number, value: number) {
	return months(year, count).map((month) => ({
		month,
		city_code: code,
		category: 'beauty',
		channel: '1210',
		orders,
		value_cny: value
	}));
}
