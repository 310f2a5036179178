/**
 * The filters of an export in words and codes, from the bundled reference lists: `prov=440000`
 * becomes "province: Guangdong 广东省 (440000)". Exports carry both so a reader needs no app.
 */
import { REFERENCE_CITIES, REFERENCE_PROVINCES } from '../reference/cities';
import { REFERENCE_CSV } from '../reference/csv';
import { COHORTS } from '../reference/cohorts';

export interface NamedValue {
	readonly code: string;
	readonly name_en: string;
	readonly name_zh: string;
}

export interface NamedFilter {
	/** The URL parameter (`prov`, `city`, …). */
	readonly param: string;
	readonly label_en: string;
	readonly label_zh: string;
	readonly values: readonly NamedValue[];
}

type Lookup = (code: string) => { name_en: string; name_zh: string } | undefined;

const byCode = <T extends { name_en: string; name_zh: string }>(
	rows: readonly T[],
	code: (r: T) => string
): Lookup => {
	const map = new Map(rows.map((r) => [code(r), r]));
	return (c) => map.get(c);
};

const named = (rows: readonly Record<string, string>[], en: string, zh: string) =>
	rows.map((r) => ({ id: r.id ?? '', name_en: r[en] ?? '', name_zh: r[zh] ?? '' }));

const CHANNEL_NAMES = [
	{ id: '1210', name_en: 'bonded online-shopping imports', name_zh: '网购保税进口' },
	{ id: '9610', name_en: 'direct purchase imports', name_zh: '直购进口' }
];
const METRIC_NAMES = [
	{ id: 'value', name_en: 'import value', name_zh: '进口额' },
	{ id: 'orders', name_en: 'orders', name_zh: '订单数' },
	{ id: 'aov', name_en: 'average order value', name_zh: '平均客单价' }
];

const PARAMS: Readonly<Record<string, { en: string; zh: string; lookup: Lookup | null }>> = {
	phase: {
		en: 'phase',
		zh: '批次',
		lookup: byCode(named(REFERENCE_CSV.phases, 'label_en', 'label_zh'), (r) => r.id)
	},
	cohort: {
		en: 'cohort',
		zh: '组别',
		lookup: byCode(
			COHORTS.map((c) => ({ id: c.id, name_en: c.label_en, name_zh: c.label_zh })),
			(r) => r.id
		)
	},
	prov: { en: 'province', zh: '省份', lookup: byCode(REFERENCE_PROVINCES, (r) => r.code) },
	city: { en: 'city', zh: '城市', lookup: byCode(REFERENCE_CITIES, (r) => r.code) },
	cat: {
		en: 'goods category',
		zh: '商品品类',
		lookup: byCode(named(REFERENCE_CSV.categories, 'name_en', 'name_zh'), (r) => r.id)
	},
	ch: { en: 'customs channel', zh: '监管方式', lookup: byCode(CHANNEL_NAMES, (r) => r.id) },
	from: { en: 'from', zh: '起始月份', lookup: null },
	to: { en: 'to', zh: '截止月份', lookup: null },
	metric: { en: 'metric', zh: '指标', lookup: byCode(METRIC_NAMES, (r) => r.id) }
};

/** Each filter of an export (URL form) with its values named; unknown parameters keep their code. */
export function namedFilters(filters: Readonly<Record<string, string>>): NamedFilter[] {
	return Object.entries(filters)
		.filter(([param]) => param !== 'lang')
		.map(([param, value]) => {
			const spec = PARAMS[param];
			const values = value.split(',').map((code) => {
				const hit = spec?.lookup?.(code);
				return { code, name_en: hit?.name_en ?? code, name_zh: hit?.name_zh ?? code };
			});
			return { param, label_en: spec?.en ?? param, label_zh: spec?.zh ?? param, values };
		});
}
