/**
 * The timeline as an analyst uses it: filters in the URL (reload, back, forward), the four scales,
 * the brush as a cross-filter, and values that equal an independent computation.
 */
import { test, expect, openTable } from './fixtures';
import { loadImportRecords } from '../helpers/independent';

const lines = (page: import('@playwright/test').Page) =>
	page.locator('[data-chart="timeline"] path.line');

async function ready(page: import('@playwright/test').Page, count = 3) {
	await expect(lines(page)).toHaveCount(count);
	await expect(page.locator('[data-chart="period-summary"] tbody tr').first()).toBeVisible();
}

test('filters live in the URL: each change is a step, reload restores, back and forward work', async ({
	page
}) => {
	await page.goto('/timeline');
	await ready(page);
	await page.getByTestId('filter-bar').getByText('86 cities + Hainan (2020)').click();
	await expect(page).toHaveURL(/\?phase=p2020$/);
	await ready(page, 1);
	await page.getByTestId('filter-bar').getByLabel('Orders').check();
	await expect(page).toHaveURL(/metric=orders/);
	await expect(page.locator('[data-chart="timeline"] h2')).toContainText('Orders');

	await page.reload();
	await ready(page, 1);
	await expect(page.getByTestId('filter-bar').getByLabel('Orders')).toBeChecked();

	await page.goBack();
	await expect(page).toHaveURL(/\?phase=p2020$/);
	await expect(page.getByTestId('filter-bar').getByLabel('Import value')).toBeChecked();
	await page.goBack();
	await expect(page).toHaveURL(/\/timeline$/);
	await ready(page, 3);
	await page.goForward();
	await ready(page, 1);
});

test('the table twin shows what an independent computation gives, on every scale', async ({
	page
}) => {
	const { records, cohortOf } = await loadImportRecords();
	const pick = records.filter((r) => r.category === 'food' && r.channel === '1210');
	const sum = (cohort: string, month: string) =>
		pick
			.filter((r) => cohortOf.get(r.code) === cohort && r.month === month)
			.reduce((s, r) => s + r.value, 0);

	await page.goto('/timeline?cat=food&ch=1210');
	await ready(page);
	await openTable(page, 'timeline');
	const cell = (month: string, cohort: string) =>
		page.locator(
			`[data-testid="timeline-table"] tr[data-month="${month}"] td[data-cohort="${cohort}"]`
		);
	const read = async (month: string, cohort: string) =>
		Number(await cell(month, cohort).getAttribute('data-value'));

	expect(await read('2021-03', 'c37')).toBeCloseTo(sum('c37', '2021-03'), 2);
	expect(await read('2023-11', 'call')).toBeCloseTo(sum('call', '2023-11'), 2);

	await page.getByTestId('switch-scale').getByText('Share of national').click();
	const national = (month: string) =>
		pick.filter((r) => r.month === month).reduce((s, r) => s + r.value, 0);
	await expect
		.poll(() => read('2022-06', 'c86'))
		.toBeCloseTo(sum('c86', '2022-06') / national('2022-06'), 9);
});

test('the index bases each city on its own year before joining; the labels follow the phase filter', async ({
	page
}) => {
	const { records, cohortOf, phaseOf } = await loadImportRecords();
	const food = records.filter((r) => r.category === 'food');
	const sum = (keep: (code: string) => boolean, from: string, to: string) =>
		food
			.filter((r) => keep(r.code) && r.month >= from && r.month <= to)
			.reduce((s, r) => s + r.value, 0);
	const c86 = (code: string) => cohortOf.get(code) === 'c86';
	await page.goto('/timeline?cat=food&scale=index');
	await ready(page);
	await openTable(page, 'timeline');
	const read = async (month: string, cohort: string) =>
		Number(
			await page
				.locator(
					`[data-testid="timeline-table"] tr[data-month="${month}"] td[data-cohort="${cohort}"]`
				)
				.getAttribute('data-value')
		);
	// Every 86-city place joined in January 2020: its base is the mean month of 2019.
	const base = sum(c86, '2019-01', '2019-12') / 12;
	await expect
		.poll(() => read('2021-01', 'c86'))
		.toBeCloseTo((sum(c86, '2021-01', '2021-01') / base) * 100, 6);
	// The ten places of May 2016 have four months of data before joining: not in the index line.
	const based = (code: string) => cohortOf.get(code) === 'c37' && phaseOf.get(code) !== 't2016';
	const own = (code: string, month: string) =>
		food.filter((r) => r.code === code && r.month === month).reduce((s, r) => s + r.value, 0);
	const codes = [...new Set(food.map((r) => r.code))].filter(based);
	const joinOf = (code: string) => (phaseOf.get(code) === 't2017' ? '2018-01' : '2019-01');
	const yearBefore = (code: string) =>
		joinOf(code) === '2018-01' ? ['2017-01', '2017-12'] : ['2018-01', '2018-12'];
	const c37Base = codes.reduce(
		(s, c) => s + sum((x) => x === c, yearBefore(c)[0]!, yearBefore(c)[1]!) / 12,
		0
	);
	expect(await read('2022-06', 'c37')).toBeCloseTo(
		(codes.reduce((s, c) => s + own(c, '2022-06'), 0) / c37Base) * 100,
		6
	);
	await expect(page.locator('[data-coverage="c37"]')).toContainText('27 of 37 places');

	await page.goto('/timeline?phase=t2016');
	await ready(page, 1);
	await expect(page.locator('[data-chart="period-summary"] tbody tr').first()).toContainText(
		'37-city pilot: Transitional 10 (2016) only · 10 places, all named'
	);
});

test('brushing months filters the other views, and is kept in the URL', async ({ page }) => {
	const { records, cohortOf } = await loadImportRecords();
	await page.goto('/timeline');
	await ready(page);
	const overlay = page.locator('[data-chart="timeline"] g.brush .overlay');
	// The prerendered chart is drawn before the app starts: drag only once it answers (the
	// engine's loading bar above the page has gone and the chart stops moving).
	await expect(page.locator('html')).toHaveAttribute('data-queries', '0');
	let box = (await overlay.boundingBox())!;
	await expect
		.poll(async () => {
			const before = box.y;
			await page.waitForTimeout(250);
			box = (await overlay.boundingBox())!;
			return box.y === before;
		})
		.toBe(true);
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
	const params = new URL(page.url()).searchParams;
	const from = params.get('from')!;
	const to = params.get('to')!;
	expect(from < to).toBe(true);
	await expect(page.getByTestId('filter-bar').locator('input[name="from"]')).toHaveValue(from);

	const expected = records
		.filter((r) => cohortOf.get(r.code) === 'c37' && r.month >= from && r.month <= to)
		.reduce((s, r) => s + r.value, 0);
	const cell = page.locator('[data-chart="period-summary"] tr[data-cohort="c37"] td[data-value]');
	await expect
		.poll(async () => Number(await cell.getAttribute('data-value')))
		.toBeCloseTo(expected, 2);

	await page.reload();
	await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
	await expect(page.locator('[data-chart="timeline"] g.brush .selection')).toBeVisible();
});

test('a malformed link shows what was ignored and a working page', async ({ page }) => {
	await page.goto(
		'/timeline?from=2021-13&to=2019-02&city=999999&evil=%3Cscript%3Ealert(1)%3C%2Fscript%3E&scale=bogus&phase=p2018'
	);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('unknown parameter “evil”');
	await expect(notice).toContainText('“999999” is not a valid city');
	await expect(notice).toContainText('“bogus” is not a valid scale');
	await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
	await expect(lines(page)).toHaveCount(1);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	await page.getByTestId('filter-bar').getByLabel('Orders').check();
	await expect(page).toHaveURL(/\?metric=orders&phase=p2018&to=2019-02$/);
});

test('the event study and the growth table say what they are', async ({ page }) => {
	await page.goto('/timeline?align=join');
	await expect(page.locator('[data-chart="event-study"] path.line')).toHaveCount(3);
	await expect(page.locator('[data-chart="event-study"] h2')).toContainText('descriptive means');
	await expect(page.locator('[data-chart="join-growth"]')).toContainText(
		'The same estimate as the answer and the chart above'
	);
	// one row per phase, then all phases
	await expect(page.locator('[data-chart="join-growth"] tbody tr')).toHaveCount(4);
	await page.getByTestId('switch-study').getByText('Year-on-year').click();
	await expect(page).toHaveURL(/study=yoy/);
});

test('every filter control writes its parameter and redraws the charts', async ({ page }) => {
	await page.goto('/timeline');
	await ready(page);
	await openTable(page, 'timeline');
	const bar = page.getByTestId('filter-bar');
	const firstValue = () =>
		page
			.locator('[data-testid="timeline-table"] tr[data-month="2022-11"] td[data-cohort="c37"]')
			.getAttribute('data-value');
	const before = await firstValue();

	await bar.getByRole('button', { name: /Province/ }).click();
	await page.getByTestId('filter-prov-panel').getByLabel('Zhejiang').check();
	await expect(page).toHaveURL(/prov=330000/);
	await page.keyboard.press('Escape');
	await expect.poll(firstValue).not.toBe(before);

	await bar.getByRole('button', { name: /City/ }).click();
	await page.getByTestId('filter-city-panel').getByRole('searchbox').fill('杭州');
	await page
		.getByTestId('filter-city-panel')
		.getByLabel(/Hangzhou/)
		.check();
	await expect(page).toHaveURL(/city=330100/);
	await page.keyboard.press('Escape');

	await bar.getByRole('button', { name: /Goods category/ }).click();
	await page
		.getByTestId('filter-cat-panel')
		.getByLabel(/Wine and spirits/)
		.check();
	await expect(page).toHaveURL(/cat=wine/);
	await page.keyboard.press('Escape');

	await bar.getByLabel('9610 direct purchase').check();
	await expect(page).toHaveURL(/ch=9610/);
	await bar.locator('input[name="from"]').fill('2020-02');
	await expect(page).toHaveURL(/from=2020-02/);

	const hangzhouWine = await firstValue();
	expect(Number(hangzhouWine)).toBeGreaterThan(0);
	await expect(lines(page)).toHaveCount(1);

	await bar.getByRole('button', { name: 'Reset all filters' }).click();
	await expect(page).toHaveURL(/\/timeline$/);
	await expect.poll(firstValue).toBe(before);
});

test('the log scale draws the same values on a log axis, and says so', async ({ page }) => {
	await page.goto('/timeline');
	await ready(page);
	await openTable(page, 'timeline');
	const value = () =>
		page
			.locator('[data-testid="timeline-table"] tr[data-month="2022-11"] td[data-cohort="c86"]')
			.getAttribute('data-value');
	const path = () => lines(page).nth(1).getAttribute('d');
	const [absolute, linear] = [await value(), await path()];
	await page.getByTestId('switch-scale').getByText('Log scale').click();
	await expect(page).toHaveURL(/scale=log/);
	await expect(page.locator('[data-chart="timeline"] .units')).toContainText('log scale');
	await expect.poll(path).not.toBe(linear);
	expect(await value()).toBe(absolute);
	await page.reload();
	await expect(page.getByTestId('switch-scale').getByLabel('Log scale')).toBeChecked();
});
