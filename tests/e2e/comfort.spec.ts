/**
 * Language round trip with Chinese number and date formats, the colour scheme (system default, a
 * remembered choice applied before first paint), reduced motion, and every route at phone width.
 */
import { test, expect } from './fixtures';
import { ROUTES } from './routes';

test('switching to Chinese and back: 亿元 numbers, 年月 dates, and English again', async ({
	page
}) => {
	await page.goto('/');
	const card = page.locator('[data-testid="phase-card"][data-cohort="c37"]');
	await expect(card.locator('[data-field="value_now"]')).toContainText('¥');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/lang=zh/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(card.locator('[data-field="value_now"]')).toContainText(/\d(\.\d+)?亿元/);
	await page.getByRole('link', { name: '时间线' }).click();
	await expect(page).toHaveURL(/\/timeline\?lang=zh/);
	await expect(page.locator('main')).toContainText(/20\d\d年\d{1,2}月/);
	await page.goto('/about/data');
	await expect(page.locator('h1')).toHaveText('数据说明'); // remembered without ?lang
	await expect(page.getByText('全国违规率没有公开发布')).toBeVisible();
	await page.getByTestId('language-switch').click();
	await expect(page.locator('h1')).toHaveText('About the data');
	await page.goto('/');
	await expect(card.locator('[data-field="value_now"]')).toContainText('¥');
});

test('the colour scheme follows the system, and a chosen one is remembered with no flash', async ({
	page
}) => {
	const panelBg = () =>
		page.evaluate(() => getComputedStyle(document.querySelector('.panel')!).backgroundColor);
	const DARK = 'rgb(22, 27, 34)';
	const LIGHT = 'rgb(255, 255, 255)';
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/about/data');
	await expect(page.getByTestId('data-version')).toBeVisible(); // rendered after hydration
	await expect(page.getByTestId('theme-switch')).toHaveValue('system');
	expect(await panelBg()).toBe(DARK);
	await page.getByTestId('theme-switch').selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await panelBg()).toBe(LIGHT);

	// Reload under a light system: the inline script (hashed in the CSP) applies the stored dark
	// choice while the HTML is parsed, before the app's code runs.
	await page.getByTestId('theme-switch').selectOption('dark');
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/about/data', { waitUntil: 'domcontentloaded' });
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	expect(await panelBg()).toBe(DARK);
	await expect(page.getByTestId('data-version')).toBeVisible();
	await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
	await page.getByTestId('theme-switch').selectOption('system');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	expect(await page.evaluate(() => localStorage.getItem('pilot-atlas:theme'))).toBeNull();
	expect(await panelBg()).toBe(LIGHT);
});

test('reduced motion stops transitions', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/timeline');
	const duration = await page.evaluate(
		() => getComputedStyle(document.querySelector('[data-chart] .body')!).transitionDuration
	);
	expect(parseFloat(duration)).toBeLessThan(0.001);
});

test.describe('phone width (390 px)', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const route of ROUTES) {
		test(`${route.name} fits without sideways scrolling`, async ({ page }) => {
			await page.goto(route.path);
			await expect(page.locator(route.ready).first()).toBeAttached();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(overflow).toBeLessThanOrEqual(390);
			await expect(page.locator('main h1').first()).toBeVisible();
		});
	}
});
