/**
 * The Chinese edition as a reader sees it: every page opened with ?lang=zh, at desktop and phone
 * width, has its rendered text (and the labels a screen reader reads) scanned for ASCII
 * punctuation and spaces next to Chinese characters, and for English words other than the names
 * of standards and products (LATIN_ALLOWED), and for ISO dates (2016-05-01). Code, the SQL editor and the data grid's cells are
 * data, not prose, and are left out.
 */
import { test, expect } from './fixtures';
import { ROUTES } from './routes';
import { chineseTypographyIssues, englishWordsIn } from '../../src/lib/i18n/typography';

/** Not prose: code, the editor, the data grid's cells and column names, map tile abbreviations. */
const NOT_PROSE = [
	'code',
	'pre',
	'kbd',
	'.cm-editor',
	'[role="gridcell"]',
	'[role="columnheader"]',
	'input',
	'textarea'
].join(',');

const zhUrl = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=zh`;

/** The page's visible text (innerText, prose only) and its accessible labels. */
async function readerText(page: import('@playwright/test').Page): Promise<string[]> {
	return page.evaluate((skip) => {
		const style = document.createElement('style');
		style.textContent = `${skip} { display: none !important; }`;
		document.head.append(style);
		const text = document.body.innerText;
		style.remove();
		const svgText = [...document.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
		const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
			.filter((el) => !el.closest(skip))
			.flatMap((el) =>
				['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '')
			);
		return [...text.split('\n'), ...svgText, ...labels, document.title].filter((s) => s.trim());
	}, NOT_PROSE);
}

/** The page's Chinese typography breaches and stray English words, as readable strings. */
async function scan(page: import('@playwright/test').Page) {
	const lines = await readerText(page);
	expect(lines.length).toBeGreaterThan(5);
	const punctuation = lines.flatMap((l) =>
		chineseTypographyIssues(l).map((i) => `${i.why}: “${i.at}”`)
	);
	const english = lines.flatMap((l) => englishWordsIn(l).map((w) => `${w} in “${l.slice(0, 80)}”`));
	// Dates read 2016年5月 / 2019年1月1日, never 2016-05-01 (addresses may hold ISO dates).
	const isoDates = lines.flatMap((l) =>
		[...l.replace(/\S*[/.]\S*/g, ' ').matchAll(/\b\d{4}-\d{2}(?:-\d{2})?\b/g)].map(
			(m) => `${m[0]} in “${l.slice(0, 80)}”`
		)
	);
	return { punctuation, english, isoDates };
}

// One load per page, read at desktop width and again at phone width (the layout changes, the
// text must stay right).
for (const route of ROUTES) {
	test(`${route.name}: Chinese typography and no stray English, at 1366 and 390 px`, async ({
		page,
		log
	}) => {
		void log;
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(zhUrl(route.path));
		await expect(page.locator(route.ready).first()).toBeAttached();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		// Let late text (tables, summaries, the data version) arrive.
		await page.waitForTimeout(300);
		for (const width of [1366, 390]) {
			await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
			await page.waitForTimeout(200);
			const { punctuation, english, isoDates } = await scan(page);
			expect(punctuation, `${width} px: ASCII punctuation or spaces next to Chinese`).toEqual([]);
			expect(english, `${width} px: English words in the Chinese page`).toEqual([]);
			expect(isoDates, `${width} px: ISO dates in the Chinese page`).toEqual([]);
		}
	});
}

test('the scan sees what it should: an English page fails it', async ({ page }) => {
	await page.goto('/about/data');
	await expect(page.getByTestId('data-version')).toBeVisible();
	const lines = await readerText(page);
	expect(lines.flatMap((l) => englishWordsIn(l)).length).toBeGreaterThan(100);
});
