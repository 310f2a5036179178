/**
 * The outcome estimator's input panel against DuckDB on hand-made rows: which places it holds,
 * which are treated candidates, and what the goods filters and the month range do to the sums.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDb } from '../../helpers/duckdb';
import { openFixtureDb } from '../../helpers/fixture-db';
import { city, phase } from '../../helpers/fixture-rows';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '../../../src/lib/queries/outcomes';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/model/filters';

const row = (
	code: string,
	month: string,
	category: string,
	channel: string,
	orders: number,
	value: number
) => ({
	month,
	city_code: code,
	category,
	channel,
	orders,
	value_cny: value
});

let db: TestDb;
beforeAll(async () => {
	db = await openFixtureDb({
		phases: [
			phase('p2018', 1, 'c37', 22, 37, '2019-01-01'),
			phase('p2020', 2, 'c86', 50, 86, '2020-01-17')
		],
		cities: [
			city('A', 'p2018', '2019-01-01'),
			{ ...city('B', 'p2020', '2020-01-01', 'inferred'), province_code: '140000' },
			{
				...city('x-rest-140000', 'none', null as unknown as string, 'modelled'),
				province_code: '140000',
				code_official: false
			}
		],
		imports: [
			row('A', '2018-12-01', 'food', '9610', 10, 1000),
			row('A', '2018-12-01', 'beauty', '9610', 5, 800),
			row('A', '2019-01-01', 'food', '1210', 20, 2500),
			row('B', '2018-12-01', 'food', '9610', 4, 300),
			row('x-rest-140000', '2018-12-01', 'food', '9610', 2, 100),
			row('x-rest-140000', '2019-01-01', 'beauty', '9610', 3, 150)
		],
		violations: [
			{
				month: '2019-01-01',
				city_code: 'A',
				type: 'resale',
				cases: 2,
				orders_involved: 5,
				value_cny: 50
			},
			// a month with cases and no imports is kept, not lost
			{
				month: '2019-01-01',
				city_code: 'B',
				type: 'resale',
				cases: 1,
				orders_involved: 1,
				value_cny: 9
			}
		]
	});
});
afterAll(() => db.close());

const places = (f: Partial<Filters> = {}) => {
	const q = outcomePlacesQuery({ ...DEFAULT_FILTERS, ...f });
	return db.rows<OutcomePlaceRow>(q.sql, q.params);
};
const months = (f: Partial<Filters> = {}) => {
	const q = outcomeMonthsQuery({ ...DEFAULT_FILTERS, ...f });
	return db.rows<OutcomeMonthRow>(q.sql, q.params);
};

describe('outcomePlacesQuery', () => {
	test('every place, with its cohort and joining month; a never-joined place has neither', () => {
		expect(places()).toEqual([
			{
				code: 'A',
				cohort: 'c37',
				phase: 'p2018',
				basis: 'named',
				joined: '2019-01',
				selected: true,
				from: '2018-12',
				to: '2019-01',
				data_from: '2018-12'
			},
			{
				code: 'B',
				cohort: 'c86',
				phase: 'p2020',
				basis: 'inferred',
				joined: '2020-01',
				selected: true,
				from: '2018-12',
				to: '2019-01',
				data_from: '2018-12'
			},
			{
				code: 'x-rest-140000',
				cohort: null,
				phase: 'none',
				basis: 'modelled',
				joined: null,
				selected: true,
				from: '2018-12',
				to: '2019-01',
				data_from: '2018-12'
			}
		]);
	});

	test('the phase and city filters choose treated places; comparison places stay', () => {
		const rows = places({ phases: ['p2020'] });
		expect(rows.map((r) => [r.code, r.selected])).toEqual([
			['A', false],
			['B', true],
			['x-rest-140000', false]
		]);
		expect(outcomePlacesQuery({ ...DEFAULT_FILTERS, phases: ['p2020'] }).params).toContain('p2020');
		expect(places({ cities: ['A'] }).map((r) => r.selected)).toEqual([true, false, false]);
	});

	test('the province filter narrows the whole panel; the range sets the months used', () => {
		expect(places({ provinces: ['140000'] }).map((r) => r.code)).toEqual(['B', 'x-rest-140000']);
		expect(places({ from: '2019-01', to: '2019-01' })[0]).toMatchObject({
			from: '2019-01',
			to: '2019-01',
			data_from: '2018-12'
		});
	});
});

describe('outcomeMonthsQuery', () => {
	test('sums per place and month; all-goods orders and cases beside the filtered value', () => {
		expect(months()).toEqual([
			{ code: 'A', month: '2018-12', value: 1800, orders: 15, all_orders: 15, cases: 0 },
			{ code: 'A', month: '2019-01', value: 2500, orders: 20, all_orders: 20, cases: 2 },
			{ code: 'B', month: '2018-12', value: 300, orders: 4, all_orders: 4, cases: 0 },
			{ code: 'B', month: '2019-01', value: 0, orders: 0, all_orders: 0, cases: 1 },
			{ code: 'x-rest-140000', month: '2018-12', value: 100, orders: 2, all_orders: 2, cases: 0 },
			{ code: 'x-rest-140000', month: '2019-01', value: 150, orders: 3, all_orders: 3, cases: 0 }
		]);
	});

	test('categories and channels narrow value and orders, not the rate’s denominator or cases', () => {
		const food = months({ categories: ['food'], channels: ['9610'] });
		expect(food.find((r) => r.code === 'A' && r.month === '2018-12')).toEqual({
			code: 'A',
			month: '2018-12',
			value: 1000,
			orders: 10,
			all_orders: 15,
			cases: 0
		});
		expect(food.find((r) => r.code === 'A' && r.month === '2019-01')).toEqual({
			code: 'A',
			month: '2019-01',
			value: 0,
			orders: 0,
			all_orders: 20,
			cases: 2
		});
		expect(outcomeMonthsQuery({ ...DEFAULT_FILTERS, categories: ['food'] }).params).toContain(
			'food'
		);
	});

	test('phase filters do not narrow the rows (comparison places need theirs)', () => {
		expect(months({ phases: ['p2020'] })).toHaveLength(6);
		expect(months({ provinces: ['140000'] }).map((r) => r.code)).toEqual([
			'B',
			'B',
			'x-rest-140000',
			'x-rest-140000'
		]);
	});

	test('the month range bounds the rows', () => {
		expect(months({ from: '2019-01', to: '2019-01' }).map((r) => `${r.code} ${r.month}`)).toEqual([
			'A 2019-01',
			'B 2019-01',
			'x-rest-140000 2019-01'
		]);
	});
});
