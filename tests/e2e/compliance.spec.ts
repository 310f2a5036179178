/**
 * The compliance page: figures for a filtered view equal an independent computation, the funnel
 * plot's outliers are the cities the maths says, small counts are flagged, and the page says how
 * rates are computed when a filter cannot apply.
 */
import { test, expect } from './fixtures';
import { independentCityFigures, sumFigures } from '../helpers/independent-pages';
import { funnelPosition } from '../../src/lib/stats/funnel';
import { tooFewToRate } from '../../src/lib/stats/small-count';

const waitForFunnel = (page: import('@playwright/test').Page) =>
	expect(page.locator('[data-chart="compliance-funnel"] svg .point').first()).toBeVisible();

test('summary figures of a filtered view equal an independent computation', async ({ page }) => {
	const phases = ['p2020', 'p2021'];
	const cities = await independentCityFigures({ phases, from: '2021-01', to: '2022-12' });
	await page.goto('/compliance?phase=p2020,p2021&from=2021-01&to=2022-12&cat=beauty&ch=1210');
	const summary = page.locator('[data-chart="compliance-summary"]');
	await expect(summary.locator('tbody tr')).toHaveCount(3);
	const read = async (group: string, field: string) =>
		Number(
			await summary
				.locator(`tr[data-group="${group}"] [data-field="${field}"]`)
				.getAttribute('data-value')
		);
	for (const group of ['c86', 'call', 'all']) {
		const want = sumFigures(group === 'all' ? cities : cities.filter((c) => c.cohort === group));
		expect(await read(group, 'cases')).toBe(want.cases);
		expect(await read(group, 'orders')).toBe(want.orders);
		expect(await read(group, 'rate')).toBeCloseTo(want.rate, 9);
		expect(await read(group, 'share')).toBeCloseTo(want.share, 9);
	}
	// Category and channel filters cannot apply to violations: the page says so.
	await expect(page.getByTestId('ignored-filters')).toContainText('goods category and channel');
	await expect(page.getByTestId('no-national-rate')).toContainText(
		'No national violation rate is published'
	);
});

test('the funnel plot marks exactly the cities outside the limits', async ({ page }) => {
	const cities = (await independentCityFigures({ from: '2019-01', to: '2020-12' })).filter(
		(c) => c.orders > 0
	);
	const theta = sumFigures(cities).cases / sumFigures(cities).orders;
	await page.goto('/compliance?from=2019-01&to=2020-12');
	await waitForFunnel(page);
	const chart = page.locator('[data-chart="compliance-funnel"]');
	await expect(chart.locator('svg .point')).toHaveCount(cities.length);
	for (const level of [0.998, 0.95] as const) {
		const want = cities
			.filter((c) => funnelPosition(c.cases, c.orders, theta, level) !== 'within')
			.map((c) => c.code)
			.sort();
		const attr = level === 0.95 ? 'data-outside95' : 'data-outside';
		const shown = await chart
			.locator(`svg .point:not([${attr}="within"])`)
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
		expect(shown.sort()).toEqual(want);
		expect(want.length).toBeGreaterThan(0);
	}
	// Every point is reachable from the keyboard and says what it is.
	const first = chart.locator('svg .point[data-outside="above"]').first();
	await first.focus();
	await expect(chart.getByRole('status')).toContainText('per 10,000 orders');
});

test('small counts read "too few to rate", exactly where the rule says', async ({ page }) => {
	const cities = await independentCityFigures({
		phases: ['p2021'],
		from: '2021-03',
		to: '2021-03'
	});
	await page.goto('/compliance?phase=p2021&from=2021-03&to=2021-03');
	const league = page.locator('[data-chart="city-league"]');
	await expect(league.locator('tbody tr')).toHaveCount(cities.length);
	const few = cities
		.filter((c) => tooFewToRate(c.cases, c.orders))
		.map((c) => c.code)
		.sort();
	expect(few.length).toBeGreaterThan(0);
	const shown = await league
		.locator('tbody tr[data-too-few="true"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
	expect(shown.sort()).toEqual(few);
	await expect(league.locator('tbody tr[data-too-few="true"]').first()).toContainText(
		'too few to rate'
	);
	const link = league.locator('tbody tr a').first();
	await expect(link).toHaveAttribute('href', /\/city\/[\w-]+$/);
});
