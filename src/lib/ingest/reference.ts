/**
 * The codes an upload may use, from the reference lists: a city by its GB/T 2260 code or its
 * Chinese or English name, with or without 市; a province by code (six or two digits) or name,
 * with or without 省/自治区; a channel by its customs code, name or a common synonym (网购保税进口
 * → 1210, "direct purchase" → 9610); a category or violation type by id or name. Words for a
 * total ("合计", "all goods") resolve to TOTAL_CODE.
 */
import { TOTAL_CODE } from '../schema';

export interface NamedCode {
	readonly code: string;
	readonly names: readonly string[];
}

export interface IngestReference {
	readonly cities: readonly NamedCode[];
	readonly provinces: readonly NamedCode[];
	readonly categories: readonly NamedCode[];
	readonly violationTypes: readonly NamedCode[];
}

/** Channel names and synonyms, beside the codes themselves. */
export const CHANNEL_NAMES: readonly NamedCode[] = [
	{
		code: '1210',
		names: [
			'网购保税进口',
			'网购保税',
			'保税进口',
			'保税',
			'保税备货',
			'保税电商',
			'网购保税进口a',
			'bonded',
			'bonded import',
			'bonded imports',
			'bonded online shopping',
			'bonded online shopping imports',
			'bonded e-commerce',
			'bonded warehouse'
		]
	},
	{
		code: '9610',
		names: [
			'直购进口',
			'直购',
			'跨境直购',
			'直邮',
			'直邮进口',
			'direct purchase',
			'direct purchase import',
			'direct purchase imports',
			'direct purchases',
			'direct mail',
			'direct shipping',
			'direct'
		]
	}
];

/** Short and common names of the goods categories, beside the reference names. */
export const CATEGORY_NAMES: readonly NamedCode[] = [
	{
		code: 'beauty',
		names: ['美妆', '化妆品', '美妆个护', '个护美妆', '洗护', 'beauty', 'cosmetics']
	},
	{ code: 'food', names: ['食品', '生鲜', '食品饮料', 'food'] },
	{
		code: 'infant',
		names: ['母婴', '奶粉', '母婴用品', '婴童', 'infant formula', 'mother and baby']
	},
	{ code: 'health', names: ['保健', '营养保健', '保健食品', 'health', 'supplements'] },
	{ code: 'apparel', names: ['服装', '服饰', '鞋服', '服装鞋包', 'apparel', 'clothing'] },
	{ code: 'bags', names: ['箱包', '包袋', 'bags', 'luggage'] },
	{ code: 'wine', names: ['酒', '酒水', '酒类饮品', 'wine', 'alcohol'] },
	{ code: 'electronics', names: ['数码', '电子产品', '3c', '3c数码', 'electronics'] },
	{ code: 'household', names: ['家居', '日用品', '家居日用', 'household'] },
	{ code: 'other', names: ['其它', '其他商品', 'others'] }
];

/** Words that mark a row or a breakdown value as a total over everything. */
const TOTAL_WORDS = [
	'合计',
	'总计',
	'小计',
	'全部',
	'全国',
	'全国合计',
	'总体',
	'全部商品',
	'所有商品',
	'全部类别',
	'两种方式',
	'total',
	'totals',
	'subtotal',
	'grand total',
	'all',
	'all goods',
	'all categories',
	'all channels',
	'both',
	'both channels',
	'all types',
	'national',
	'china',
	'nationwide'
];

const SUFFIXES =
	/(市|地区|自治州|盟|省|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|\s+(city|prefecture|province|municipality|autonomous region|sar|shi|sheng))$/;

/** The form names are compared in: lower case, single spaces, no administrative suffix. */
export function nameKey(text: string): string {
	const k = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const stripped = k.replace(SUFFIXES, '');
	return stripped === '' ? k : stripped;
}

/** A lookup from any accepted spelling to the code (TOTAL_CODE for totals). */
export function lookupOf(list: readonly NamedCode[], totals = true): Map<string, string> {
	const map = new Map<string, string>();
	if (totals) for (const w of TOTAL_WORDS) map.set(nameKey(w), TOTAL_CODE);
	for (const { code, names } of list) {
		map.set(nameKey(code), code);
		for (const n of names) if (n) map.set(nameKey(n), code);
	}
	return map;
}

/** A place as the file names it: a city, a province, both (a municipality: same code) or a total. */
export type PlaceMatch =
	| { readonly level: 'city' | 'province' | 'either'; readonly code: string }
	| { readonly level: 'total' };

export interface PlaceLookup {
	resolve(text: string): PlaceMatch | undefined;
}

/** Resolves place names and codes at either level; a two-digit province code counts. */
export function placeLookup(reference: IngestReference): PlaceLookup {
	const cities = lookupOf(reference.cities, false);
	const provinces = lookupOf(reference.provinces, false);
	for (const p of reference.provinces) {
		if (/^\d{2}0000$/.test(p.code)) provinces.set(p.code.slice(0, 2), p.code);
	}
	const totals = lookupOf([], true);
	return {
		resolve(text) {
			const key = nameKey(text);
			const city = cities.get(key);
			const province = provinces.get(key);
			if (city && province) {
				return city === province ? { level: 'either', code: city } : { level: 'city', code: city };
			}
			if (city) return { level: 'city', code: city };
			if (province) return { level: 'province', code: province };
			return totals.has(key) ? { level: 'total' } : undefined;
		}
	};
}

/** Which reference list a breakdown column's values come from. */
export function breakdownLookup(
	column: string,
	reference: IngestReference
): ReadonlyMap<string, string> | null {
	if (column === 'category') return lookupOf([...reference.categories, ...CATEGORY_NAMES]);
	if (column === 'type') return lookupOf(reference.violationTypes);
	if (column === 'channel') return lookupOf(CHANNEL_NAMES);
	return null;
}
