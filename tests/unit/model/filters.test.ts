import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_FILTERS,
	METRICS,
	parseFilters,
	serialiseFilters,
	type FilterDomain,
	type Filters
} from '../../../src/lib/model/filters';
import { CHANNELS, PHASE_IDS } from '../../../src/lib/schema';

const DOMAIN: FilterDomain = {
	provinces: new Set(['110000', '330000', '440000']),
	cities: new Set(['110000', '330100', '330200', 'x-xiongan']),
	categories: new Set(['beauty', 'food', 'wine']),
	firstMonth: '2016-01',
	lastMonth: '2025-12'
};

const parse = (qs: string, view: string[] = []) =>
	parseFilters(new URLSearchParams(qs), DOMAIN, view);

describe('parseFilters', () => {
	test('reads every parameter', () => {
		const { filters, notices } = parse(
			'phase=p2020,p2018&prov=330000&city=330100,x-xiongan&cat=food&ch=1210&from=2019-01&to=2021-06&metric=orders'
		);
		expect(notices).toEqual([]);
		expect(filters).toEqual({
			phases: ['p2018', 'p2020'],
			provinces: ['330000'],
			cities: ['330100', 'x-xiongan'],
			categories: ['food'],
			channels: ['1210'],
			from: '2019-01',
			to: '2021-06',
			metric: 'orders'
		});
	});

	test('an empty query string is the defaults, with no notice', () => {
		expect(parse('')).toEqual({ filters: DEFAULT_FILTERS, notices: [] });
	});

	test('drops malformed and unknown values, each with a notice', () => {
		const { filters, notices } = parse(
			'phase=p2018,p1999&city=999999&from=2021-13&to=2030-01&metric=profit&evil=1&cat=food,<script>'
		);
		expect(filters).toEqual({ ...DEFAULT_FILTERS, phases: ['p2018'], categories: ['food'] });
		expect(notices).toEqual(
			expect.arrayContaining([
				{ param: 'evil', value: '1', reason: 'unknown-param' },
				{ param: 'phase', value: 'p1999', reason: 'bad-value' },
				{ param: 'city', value: '999999', reason: 'bad-value' },
				{ param: 'from', value: '2021-13', reason: 'bad-value' },
				{ param: 'to', value: '2030-01', reason: 'range' },
				{ param: 'metric', value: 'profit', reason: 'bad-value' },
				{ param: 'cat', value: '<script>', reason: 'bad-value' }
			])
		);
		expect(notices).toHaveLength(7);
	});

	test('from after to drops both, as a reversed range (not as outside the data)', () => {
		const { filters, notices } = parse('from=2022-01&to=2021-01');
		expect(filters.from).toBeNull();
		expect(filters.to).toBeNull();
		expect(notices).toEqual([
			{ param: 'from', value: '2022-01', reason: 'reversed', other: '2021-01' }
		]);
	});

	test('view parameters the page declares are not reported', () => {
		expect(parse('scale=index&lang=zh', ['scale', 'lang']).notices).toEqual([]);
		expect(parse('scale=index').notices).toHaveLength(1);
	});

	test('SQL-looking text is just an unknown value', () => {
		const { filters, notices } = parse("city=110000');DROP TABLE imports;--");
		expect(filters.cities).toEqual([]);
		expect(notices).toHaveLength(1);
	});
});

describe('serialiseFilters', () => {
	test('writes only what differs from the defaults', () => {
		expect(serialiseFilters(DEFAULT_FILTERS).toString()).toBe('');
		expect(serialiseFilters({ ...DEFAULT_FILTERS, metric: 'value' }).toString()).toBe('');
		expect(
			serialiseFilters({
				...DEFAULT_FILTERS,
				phases: ['p2020', 'p2018'],
				from: '2019-01'
			}).toString()
		).toBe('from=2019-01&phase=p2018%2Cp2020');
	});

	test('keeps other parameters of the base', () => {
		const out = serialiseFilters(
			{ ...DEFAULT_FILTERS, metric: 'aov' },
			new URLSearchParams('scale=index&metric=orders')
		);
		expect(out.toString()).toBe('metric=aov&scale=index');
	});
});

const months = fc
	.tuple(fc.integer({ min: 2016, max: 2025 }), fc.integer({ min: 1, max: 12 }))
	.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const subset = (values: readonly string[]) => fc.subarray([...values]).map((v) => [...v].sort());

const filtersArb: fc.Arbitrary<Filters> = fc
	.record({
		phases: subset(PHASE_IDS),
		provinces: subset([...DOMAIN.provinces]),
		cities: subset([...DOMAIN.cities]),
		categories: subset([...DOMAIN.categories]),
		channels: subset(CHANNELS),
		a: fc.option(months, { nil: null }),
		b: fc.option(months, { nil: null }),
		metric: fc.constantFrom(...METRICS)
	})
	.map(({ a, b, ...rest }) => {
		const [from, to] = a && b && a > b ? [b, a] : [a, b];
		return { ...rest, from, to };
	});

describe('round trip (property-based)', () => {
	test('parse(serialise(f)) = f for every valid filter state', () => {
		fc.assert(
			fc.property(filtersArb, (f) => {
				const { filters, notices } = parseFilters(serialiseFilters(f), DOMAIN);
				expect(notices).toEqual([]);
				expect(filters).toEqual(f);
			}),
			{ numRuns: 500, seed: 20161 }
		);
	});

	test('serialise is canonical: equal filters, equal URLs, whatever the list order', () => {
		fc.assert(
			fc.property(filtersArb, (f) => {
				const shuffled = { ...f, phases: [...f.phases].reverse(), cities: [...f.cities].reverse() };
				expect(serialiseFilters(shuffled).toString()).toBe(serialiseFilters(f).toString());
			}),
			{ numRuns: 200, seed: 7 }
		);
	});

	test('parsing never throws, whatever the query string', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (qs) => {
				const { filters } = parseFilters(new URLSearchParams(qs), DOMAIN);
				expect(filters.metric).toBeDefined();
			}),
			{ numRuns: 1000, seed: 42 }
		);
	});
});
