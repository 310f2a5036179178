import { describe, expect, test } from 'vitest';
import { filtersInWords } from '../../../src/lib/format/filter-words';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('filters in words', () => {
	test('the example of issue 13, in English and Chinese', () => {
		const filters = f({
			provinces: ['440000'],
			from: '2021-01',
			to: '2023-12',
			channels: ['1210']
		});
		expect(filtersInWords(filters, 'en')).toBe(
			'Guangdong · Jan 2021–Dec 2023 · bonded 1210 · import value'
		);
		expect(filtersInWords(filters, 'zh')).toBe(
			'广东·2021年1月—2023年12月·网购保税进口（1210）·进口额'
		);
	});

	test('no filter says so, in words', () => {
		expect(filtersInWords(DEFAULT_FILTERS, 'en')).toBe('all places · all months · import value');
		expect(filtersInWords(DEFAULT_FILTERS, 'zh')).toBe('全部地区·全部月份·进口额');
	});

	test('phases, cities and goods by name; long lists are counted', () => {
		const filters = f({
			phases: ['p2020'],
			cities: ['330100', '440300', '310000', '120000'],
			categories: ['beauty', 'infant'],
			metric: 'orders',
			from: '2020-03'
		});
		expect(filtersInWords(filters, 'en')).toBe(
			'86 cities + Hainan (2020) · Hangzhou, Shenzhen, Shanghai and others (4 in all) · Beauty and toiletries, Infant formula and mother-and-baby · from Mar 2020 · orders'
		);
		expect(filtersInWords(filters, 'zh')).toBe(
			'86城及海南全岛（2020）·杭州、深圳、上海等4项·美妆及洗护用品、奶粉及母婴用品·2020年3月起·订单数'
		);
	});

	test('a view leaves out the filters it does not apply', () => {
		const filters = f({ channels: ['9610'], to: '2019-06', metric: 'aov' });
		expect(filtersInWords(filters, 'en', { applies: ['channels', 'from', 'to'] })).toBe(
			'to Jun 2019 · direct purchase 9610'
		);
		expect(filtersInWords(filters, 'en', { applies: [] })).toBe('');
	});

	test('an unknown code is shown as the code, never dropped', () => {
		expect(filtersInWords(f({ cities: ['999999'] }), 'en', { applies: ['cities'] })).toBe('999999');
	});
});
