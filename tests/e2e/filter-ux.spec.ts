/**
 * The small things a first-time user trips over, in both languages: the picker's search box takes
 * the typing as soon as it opens; a bad link's notice names the parameter in words and a reversed
 * range as reversed, and cleans the address on request; a province filter fits the map to it.
 */
import { test, expect } from './fixtures';
import { referenceCsv } from '../helpers/reference';

test.beforeEach(({ log }) => void log);

test('the picker focuses its search box when it opens, so typing filters at once', async ({
	page
}) => {
	await page.goto('/timeline');
	const panel = page.getByTestId('filter-city-panel');
	await page.getByRole('button', { name: /City/ }).click();
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('searchbox')).toBeFocused();
	await page.keyboard.type('hefei');
	await expect(panel.getByRole('checkbox')).toHaveCount(1);
	await expect(panel).toContainText('Hefei');
	// Escape clears the search box first (as search boxes do), then closes the picker.
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	// Again in Chinese, by a Chinese name.
	await page.goto('/timeline?lang=zh');
	await page.getByRole('button', { name: /城市/ }).click();
	await expect(panel.getByRole('searchbox')).toBeFocused();
	await page.keyboard.type('杭州');
	await expect(panel.getByRole('checkbox')).toHaveCount(1);
});

const BAD = '/timeline?prov=999999&from=2022-05&to=2020-01&phase=p2018&evil=1&metric=orders';

test('a bad link: parameters in words, a reversed range called reversed, and a clean-up button', async ({
	page
}) => {
	await page.goto(BAD);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('“999999” is not a valid province');
	await expect(notice).not.toContainText(/valid prov\b/);
	await expect(notice.locator('[data-reason="reversed"]')).toHaveText(
		'the month range is reversed: the start month May 2022 is after the end month Jan 2020, so both were ignored'
	);
	await expect(notice).not.toContainText('outside the data');
	await expect(notice).toContainText('unknown parameter “evil”');

	await notice.getByTestId('url-clean').click();
	// The ignored parameters are gone; the valid ones (phase, metric) stay and still apply.
	await expect(page).toHaveURL(/\/timeline\?metric=orders&phase=p2018$/);
	await expect(notice).toHaveCount(0);
	await expect(page.getByTestId('filter-bar').getByLabel('Orders')).toBeChecked();
	// Cleaning replaced the bad address instead of adding a history entry.
	await page.goBack();
	await expect(page).not.toHaveURL(/evil/);
});

test('the same notice in Chinese', async ({ page }) => {
	await page.goto(`${BAD}&lang=zh`);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('链接中的部分参数已被忽略：');
	await expect(notice).toContainText('“999999”不是有效的省份');
	await expect(notice.locator('[data-reason="reversed"]')).toHaveText(
		'月份范围颠倒：起始月份2022年5月晚于截止月份2020年1月，两者均已忽略'
	);
	await notice.getByTestId('url-clean').click();
	await expect(page).toHaveURL(/\/timeline\?lang=zh&metric=orders&phase=p2018$/);
	await expect(notice).toHaveCount(0);
});

test('a month outside the data is still called outside the data, with the data’s range', async ({
	page
}) => {
	await page.goto('/timeline?to=2031-01&lang=zh');
	await expect(page.getByTestId('url-notice')).toContainText(
		'截止月份2031年1月超出数据范围（2016年1月至2025年12月）'
	);
});

/** The map group's zoom transform and the screen boxes of some bubbles. */
async function mapState(page: import('@playwright/test').Page, codes: string[]) {
	return page.evaluate((codes) => {
		const svg = document.querySelector('[data-chart="expansion-map"] .map svg')!;
		const g = svg.querySelector('g[transform]')!;
		const m = /scale\(([\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
		const view = svg.getBoundingClientRect();
		const inside = (code: string) => {
			const c = svg.querySelector(`[data-bubble="${code}"] circle`);
			if (!c) return null;
			const b = c.getBoundingClientRect();
			const x = b.x + b.width / 2;
			const y = b.y + b.height / 2;
			return x >= view.left && x <= view.right && y >= view.top && y <= view.bottom;
		};
		return {
			k: m ? Number(m[1]) : 1,
			inside: Object.fromEntries(codes.map((c) => [c, inside(c)]))
		};
	}, codes);
}

test('a province filter fits the map to that province; clearing it shows the country', async ({
	page
}) => {
	const guangdong = referenceCsv('cities')
		.filter((c) => c.admin_code?.startsWith('44') && c.pilot_phase !== 'p2021')
		.map((c) => c.admin_code!);
	expect(guangdong.length).toBeGreaterThan(4);
	await page.goto('/map?prov=440000');
	const map = page.locator('[data-chart="expansion-map"]');
	await expect(map.locator('.body')).toHaveAttribute('data-state', 'ready');
	await expect(map.locator(`[data-bubble="${guangdong[0]}"]`)).toBeAttached();
	await expect.poll(async () => (await mapState(page, [])).k).toBeGreaterThan(3);
	const fitted = await mapState(page, guangdong);
	for (const code of guangdong) {
		if (fitted.inside[code] !== null) expect(fitted.inside[code], code).toBe(true);
	}
	await expect(map.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();

	// Clear the filter through the picker: back to the whole country.
	await page.getByRole('button', { name: /Province/ }).click();
	await page.getByTestId('filter-prov-panel').getByRole('button', { name: 'Clear' }).click();
	await expect(page).not.toHaveURL(/prov=/);
	await expect.poll(async () => (await mapState(page, [])).k).toBe(1);
});

test('a municipality is fitted within the zoom limit, also at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/map?prov=110000&lang=zh');
	const map = page.locator('[data-chart="expansion-map"]');
	await expect(map.locator('.body')).toHaveAttribute('data-state', 'ready');
	await expect.poll(async () => (await mapState(page, [])).k).toBeGreaterThan(1.5);
	const state = await mapState(page, ['110000']);
	// At most the zoom limit: the view keeps a few degrees around the city, not one dot.
	expect(state.k).toBeLessThanOrEqual(8);
	expect(state.inside['110000']).toBe(true);
	await expect(map.getByRole('button', { name: '重置缩放' })).toBeEnabled();
});
