/**
 * Event-study fixture: three phases joining in 2019-01, 2020-01 and 2021-03; data 2018–2021.
 * A doubles when it joins (100 → 200 a month), C triples (100 → 300), D rises to 150; a city's
 * value is flat otherwise, so every growth figure can be worked out by hand.
 */
import type { FixtureRows } from './fixture-db';
import { city, phase } from './fixture-rows';

const monthly = (code: string, joined: string, before: number, after: number) =>
	[2018, 2019, 2020, 2021].flatMap((y) =>
		Array.from({ length: 12 }, (_, i) => {
			const month = `${y}-${String(i + 1).padStart(2, '0')}-01`;
			const value = month >= joined ? after : before;
			return {
				month,
				city_code: code,
				category: 'food',
				channel: '9610',
				orders: value / 10,
				value_cny: value
			};
		})
	);

export const EVENT_FIXTURE: FixtureRows = {
	phases: [
		phase('p2018', 1, 'c37', 22, 37, '2019-01-01'),
		phase('p2020', 2, 'c86', 50, 86, '2020-01-17'),
		phase('p2021', 3, 'call', null, null, '2021-03-01')
	],
	cities: [
		city('A', 'p2018', '2019-01-01'),
		city('C', 'p2020', '2020-01-01'),
		city('D', 'p2021', '2021-03-01')
	],
	imports: [
		...monthly('A', '2019-01-01', 100, 200),
		...monthly('C', '2020-01-01', 100, 300),
		...monthly('D', '2021-03-01', 100, 150)
	],
	categories: [
		{
			id: 'food',
			ord: 1,
			name_en: 'Food',
			name_zh: '食品',
			share_2022_pct: 100,
			share_basis: 'assumed',
			avg_order_cny: 10,
			source_ids: null
		}
	]
};
