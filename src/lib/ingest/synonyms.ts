/**
 * Names analysts' files give the contract's columns, in Chinese and English. Keyed by contract
 * column name, so the contract (src/lib/schema.ts) stays the one list of columns.
 */

const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	month: [
		'month',
		'date',
		'period',
		'yearmonth',
		'ym',
		'月份',
		'月',
		'日期',
		'时间',
		'年月',
		'统计月份',
		'期间'
	],
	city_code: [
		'citycode',
		'city',
		'code',
		'admincode',
		'region',
		'citycn',
		'cityname',
		'城市',
		'城市代码',
		'城市编码',
		'地区',
		'地区代码',
		'行政区划代码',
		'城市名称',
		'地市',
		'关区'
	],
	category: [
		'category',
		'goodscategory',
		'categoryid',
		'goods',
		'品类',
		'类别',
		'商品类别',
		'商品品类',
		'商品'
	],
	channel: [
		'channel',
		'customscode',
		'mode',
		'渠道',
		'监管方式',
		'监管方式代码',
		'贸易方式',
		'海关监管方式'
	],
	orders: [
		'orders',
		'ordercount',
		'order',
		'numberoforders',
		'订单',
		'订单数',
		'订单量',
		'单量',
		'票数',
		'清单数'
	],
	value_cny: [
		'valuecny',
		'value',
		'amount',
		'importvalue',
		'valueyuan',
		'declaredvalue',
		'金额',
		'进口额',
		'进口金额',
		'申报金额',
		'交易额',
		'货值',
		'进口值'
	],
	type: ['type', 'violationtype', 'kind', '违规类型', '类型', '违法类型'],
	cases: ['cases', 'casecount', 'numberofcases', '案件', '案件数', '案件数量', '立案数'],
	orders_involved: [
		'ordersinvolved',
		'involvedorders',
		'涉案订单',
		'涉及订单',
		'涉案订单数',
		'涉及订单数'
	]
};

const UNIT_WORDS =
	/[(（[【]?\s*(亿元|億元|万元|萬元|千元|元|亿|万|千|单|件|个|bn|billion|million|thousand|yuan|cny|rmb|orders|cases|m)\s*[)）\]】]?$/i;

/** Lower case, no spaces, underscores, hyphens, dots or bracketed units: '金额（万元）' → '金额'. */
export function normaliseHeader(header: string): string {
	let h = header.trim().toLowerCase();
	h = h.replace(/[(（[【][^)）\]】]*[)）\]】]\s*$/, '');
	h = h.replace(UNIT_WORDS, (m, _u, offset: number) => (offset > 0 ? '' : m));
	return h.replace(/[\s_\-./:：]+/g, '');
}

/** The contract column a header names, among `columns`, or null. */
export function matchColumn(header: string, columns: readonly string[]): string | null {
	const h = normaliseHeader(header);
	if (h === '') return null;
	for (const name of columns) {
		if (h === name.replace(/_/g, '')) return name;
		if (SYNONYMS[name]?.includes(h)) return name;
	}
	return null;
}

/** Multiplier a header's unit implies: 万元 → 10,000, 亿元 → 100,000,000; 1 when none. */
export function unitFactor(header: string): number {
	const h = header.toLowerCase();
	if (/亿|億|100\s*million/.test(h)) return 1e8;
	if (/万|萬|10\s*thousand/.test(h)) return 1e4;
	if (/\bbn\b|billion/.test(h)) return 1e9;
	if (/million|\bm\s*yuan|\(m\)/.test(h)) return 1e6;
	if (/千|thousand|\bk\b/.test(h)) return 1e3;
	return 1;
}

/** Factors the mapping screen offers for numeric columns. */
export const UNIT_FACTORS = [1, 1e3, 1e4, 1e6, 1e8, 1e9] as const;
