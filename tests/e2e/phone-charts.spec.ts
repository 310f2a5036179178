/**
 * Charts and tables on a phone (390 × 844), in both languages: every event marker stands over its
 * own date (its x read against the axis's year ticks, the date from events.csv), markers never
 * overlap, and a table wider than the screen says it scrolls and keeps its first column in view.
 */
import { test, expect } from './fixtures';
import { referenceCsv } from '../helpers/reference';

test.use({ viewport: { width: 390, height: 844 } });
test.beforeEach(({ log }) => void log);

const EVENT_DATE = new Map(
	referenceCsv('events').map((e) => [e.id!, Date.parse(`${e.date}T00:00:00Z`)])
);

/** translate(x,y) of an SVG element, as numbers. */
const translate = (value: string | null) => {
	const m = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(value ?? '');
	return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
};

for (const lang of ['en', 'zh'] as const) {
	for (const { path, chart } of [
		{ path: '/timeline', chart: 'timeline' },
		{ path: '/', chart: 'pilot-count' }
	]) {
		test(`${lang} ${path}: event markers stay on their dates at 390 px`, async ({ page }) => {
			await page.goto(`${path}${lang === 'zh' ? '?lang=zh' : ''}`);
			const svg = page.locator(`[data-chart="${chart}"] .body svg`).first();
			await expect(svg.locator('g.marker').first()).toBeAttached();
			const { ticks, markers } = await svg.evaluate((el) => ({
				ticks: [...el.querySelectorAll('.axis.x > g')].map((g) => ({
					transform: g.getAttribute('transform'),
					label: g.querySelector('text')?.textContent ?? ''
				})),
				markers: [...el.querySelectorAll('g.marker')].map((g) => ({
					id: g.getAttribute('data-event')!,
					transform: g.getAttribute('transform')
				}))
			}));
			// Two year ticks (1 January of the year) give the axis's pixels per millisecond.
			const years = ticks
				.map((t) => ({ px: translate(t.transform)!.x, year: /^(\d{4})/.exec(t.label)?.[1] }))
				.filter((t): t is { px: number; year: string } => t.year !== undefined);
			expect(years.length).toBeGreaterThanOrEqual(2);
			const [a, b] = [years[0]!, years.at(-1)!];
			const [ta, tb] = [Date.UTC(Number(a.year), 0, 1), Date.UTC(Number(b.year), 0, 1)];
			const xOf = (ms: number) => a.px + ((ms - ta) / (tb - ta)) * (b.px - a.px);

			expect(markers.length).toBeGreaterThanOrEqual(5);
			const placed = markers.map((m) => ({ id: m.id, ...translate(m.transform)! }));
			for (const m of placed) {
				const date = EVENT_DATE.get(m.id);
				expect(date, m.id).toBeDefined();
				expect(Math.abs(m.x - xOf(date!)), `${m.id} sits on its date`).toBeLessThan(1.5);
			}
			// Stacked, not overlapping: two markers in one row are at least a 24 px target apart.
			for (const m of placed)
				for (const n of placed)
					if (m !== n && m.y === n.y) expect(Math.abs(m.x - n.x)).toBeGreaterThanOrEqual(23.5);
			// Every event of the chart's months is drawn, alone or in a marker that names it.
			const labels = await svg
				.locator('g.marker')
				.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
			expect(labels.join(' ')).toMatch(lang === 'zh' ? /事件/ : /Event/);
		});
	}

	test(`${lang}: a wide table says it scrolls and keeps its first column`, async ({ page }) => {
		await page.goto(`/timeline${lang === 'zh' ? '?lang=zh' : ''}`);
		const view = page.locator('[data-chart="join-growth"]');
		const box = view.locator('.data-table[data-scrollable="x"]');
		await expect(box).toBeVisible();
		await expect(view.locator('.scroll-hint')).toHaveText(
			lang === 'zh' ? '左右滑动可查看全部列→' : 'Scroll sideways to see every column →'
		);
		// A reachable region: keyboard users can scroll it too.
		await expect(box).toHaveAttribute('role', 'region');
		await expect(box).toHaveAttribute('tabindex', '0');
		const widths = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(widths.scroll).toBeGreaterThan(widths.client);
		const first = box.locator('tbody tr').first().locator('td').first();
		const last = box.locator('tbody tr').first().locator('td').last();
		const before = (await first.boundingBox())!;
		const lastBefore = (await last.boundingBox())!;
		expect(lastBefore.x + lastBefore.width).toBeGreaterThan(390);
		await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		await expect.poll(async () => (await last.boundingBox())!.x).toBeLessThan(lastBefore.x - 20);
		const after = (await first.boundingBox())!;
		expect(Math.abs(after.x - before.x), 'the first column stays in view').toBeLessThan(1);
		const lastAfter = (await last.boundingBox())!;
		expect(lastAfter.x + lastAfter.width, 'the last column can be reached').toBeLessThanOrEqual(
			391
		);

		// Every scrolling table of the page leaves room beside its fixed first column (a long
		// first column, such as a cohort with its counts, would otherwise hide the rest).
		const period = page.locator('[data-chart="period-summary"] .data-table');
		await expect(period.locator('tbody tr').first()).toBeVisible();
		const firstWidths = await page
			.locator('.data-table[data-scrollable="x"] tbody tr td:first-child')
			.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
		expect(firstWidths.length).toBeGreaterThan(3);
		for (const w of firstWidths) expect(w).toBeLessThan(390 * 0.6);
	});
}

for (const lang of ['en', 'zh'] as const) {
	test(`${lang}: a dated rule's label stays inside its chart at 390 px`, async ({ page }) => {
		await page.goto(`/compliance${lang === 'zh' ? '?lang=zh' : ''}`);
		const labels = page.locator('[data-chart] .body[data-state="ready"] svg text.rule-label');
		await expect(labels.first()).toBeAttached();
		const boxes = await labels.evaluateAll((ts) =>
			ts.map((t) => {
				const svg = (t as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
				const box = t.getBoundingClientRect();
				return {
					text: t.textContent,
					left: box.left - svg.left,
					right: box.right - svg.left,
					width: svg.width
				};
			})
		);
		for (const b of boxes) {
			expect(b.left, b.text ?? '').toBeGreaterThanOrEqual(-0.5);
			expect(b.right, b.text ?? '').toBeLessThanOrEqual(b.width + 0.5);
		}
	});
}
