/**
 * Names analysts' files give the contract's columns, in Chinese and English. Keyed by contract
 * column name, so the contract (src/lib/schema.ts) stays the one list of columns. A period column
 * (year, quarter) feeds `month`; a province column feeds `city_code` (the grain says which).
 */
import { unitOf } from './units';

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
		'期间',
		'year',
		'quarter',
		'yearquarter',
		'年份',
		'年度',
		'年',
		'季度',
		'统计期',
		'统计期间',
		'统计年度'
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
		'关区',
		'province',
		'provincecode',
		'provincename',
		'place',
		'省份',
		'省',
		'省市',
		'省区市',
		'省份代码',
		'地区名称'
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
		'海关监管方式',
		'进口方式',
		'模式',
		'业务模式',
		'业务类型'
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

// A unit word after a separator ('value yuan', 'orders_单'); a bare '订单' keeps its '单'.
const UNIT_WORDS =
	/[\s_(（[【]+(亿元|億元|万元|萬元|千元|元|亿|万|千|单|件|个|bn|billion|million|thousand|yuan|cny|rmb|orders|cases|m)\s*[)）\]】]?$/i;

/** Lower case, no spaces, underscores, hyphens, dots or bracketed units: '金额（万元）' → '金额'. */
export function normaliseHeader(header: string): string {
	let h = header.trim().toLowerCase();
	h = h.replace(/[(（[【][^)）\]】]*[)）\]】]\s*$/, '');
	// 'value, 10k yuan' / 'value in 10,000 yuan': a unit phrase after a comma or 'in'.
	const tail = /(?:[,，:：]|\s+in\s+)\s*(.+)$/.exec(h);
	if (tail && unitOf(tail[1]!)) h = h.slice(0, tail.index);
	h = h.replace(UNIT_WORDS, (m, _u, offset: number) => (offset > 0 ? '' : m));
	return h.replace(/[\s_\-./:：]+/g, '');
}

/** The contract column a header names, among `columns`, or null. */
export function matchColumn(header: string, columns: readonly string[]): string | null {
	return matchRanked(header, columns)?.column ?? null;
}

/**
 * The column a header names and how strongly: 0 for the column's own name, then the synonym's
 * place in its list, so '城市' beats '省份' for `city_code` and '月份' beats '年份' for `month`.
 */
export function matchRanked(
	header: string,
	columns: readonly string[]
): { column: string; rank: number } | null {
	const h = normaliseHeader(header);
	if (h === '') return null;
	for (const name of columns) {
		if (h === name.replace(/_/g, '')) return { column: name, rank: 0 };
		const at = SYNONYMS[name]?.indexOf(h) ?? -1;
		if (at >= 0) return { column: name, rank: at + 1 };
	}
	return null;
}

/** Factors the mapping screen offers for numeric columns. */
export const UNIT_FACTORS = [1, 1e3, 1e4, 1e6, 1e8, 1e9] as const;
