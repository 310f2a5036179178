/**
 * The map as an analyst meets it beyond the default view: a month range the tiles add up and
 * name, a province filter the map fits to, bubbles a finger can hit on a 390 px phone with names
 * clear of them, and the modelled comparison places never drawn as members. Figures and places
 * come from the reference CSVs and plain DuckDB (tests/helpers/independent-map.ts).
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { mapTruth, type MapTruth } from '../helpers/independent-map';
import { referenceCsv } from '../helpers/reference';

let truth: MapTruth;
test.beforeAll(async () => {
	truth = await mapTruth();
});
test.beforeEach(({ log }) => void log);

const map = (page: Page) => page.locator('[data-chart="expansion-map"]');
const tiles = (page: Page) => page.locator('[data-chart="province-tiles"]');

async function ready(page: Page) {
	await expect(map(page).locator('.body')).toHaveAttribute('data-state', 'ready');
	await expect(map(page).locator('path.land.china').first()).toBeVisible();
}

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
const overlap = (a: Rect, b: Rect, slack = 0.5) =>
	a.x + slack < b.x + b.width &&
	b.x + slack < a.x + a.width &&
	a.y + slack < b.y + b.height &&
	b.y + slack < a.y + a.height;
const within = (a: Rect, b: Rect) =>
	a.x >= b.x - 0.5 &&
	a.y >= b.y - 0.5 &&
	a.x + a.width <= b.x + b.width + 0.5 &&
	a.y + a.height <= b.y + b.height + 0.5;

/** Screen boxes of the map, its bubbles (centre and radius too) and its text labels. */
async function geometry(page: Page) {
	return map(page)
		.locator('svg[role="group"]')
		.evaluate((svg) => {
			const box = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			};
			return {
				svg: box(svg),
				bubbles: [...svg.querySelectorAll('[data-bubble]')].map((a) => {
					const b = box(a.querySelector('circle')!);
					return {
						code: a.getAttribute('data-bubble')!,
						box: b,
						cx: b.x + b.width / 2,
						cy: b.y + b.height / 2,
						r: b.width / 2
					};
				}),
				labels: [...svg.querySelectorAll('text[data-label]')].map((t) => ({
					id: t.getAttribute('data-label')!,
					text: t.textContent ?? '',
					box: box(t)
				}))
			};
		});
}

test('a month range: the tiles add up those months and say which, in both languages', async ({
	page
}) => {
	await page.goto('/map?from=2021-01&to=2023-12');
	await ready(page);
	await expect(tiles(page)).toContainText('Import value, Jan 2021 to Dec 2023');
	await expect(tiles(page)).not.toContainText('12 months to');
	for (const code of ['330000', '440000']) {
		const tile = tiles(page).locator(`[data-tile="${code}"]`);
		await expect
			.poll(async () => Number(await tile.getAttribute('data-value')))
			.toBeCloseTo(truth.provinceValueBetween(code, '2021-01', '2023-12'), 0);
	}
	await expect(map(page)).toContainText('The slider runs over the chosen months');

	// The slider a year back ends the window there; the start stays the range's.
	await page.getByTestId('month-slider').focus();
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/month=2022-12/);
	await expect(tiles(page)).toContainText('Import value, Jan 2021 to Dec 2022');
	const zj = tiles(page).locator('[data-tile="330000"]');
	await expect
		.poll(async () => Number(await zj.getAttribute('data-value')))
		.toBeCloseTo(truth.provinceValueBetween('330000', '2021-01', '2022-12'), 0);

	await page.goto('/map?from=2021-01&to=2023-12&lang=zh');
	await ready(page);
	await expect(tiles(page)).toContainText('2021年1月至2023年12月');
	await expect(tiles(page)).not.toContainText('12个月');
});

test('a province filter fits the map to that province; reset shows all of China', async ({
	page
}) => {
	await page.goto('/map?prov=330000&month=2021-06');
	await ready(page);
	const places = truth.placesIn('330000');
	await expect(map(page).locator('[data-bubble]')).toHaveCount(
		truth.citiesWithDataIn('2021-06', '330000')
	);
	const reset = map(page).getByRole('button', { name: 'Reset zoom' });
	await expect(reset).toBeEnabled();
	const fitted = await geometry(page);
	// Every Zhejiang bubble is in view, and together they span a good part of the map.
	expect(fitted.bubbles.length).toBeGreaterThan(3);
	for (const b of fitted.bubbles) {
		expect(places.map((p) => p.code)).toContain(b.code);
		expect(within({ x: b.cx, y: b.cy, width: 0, height: 0 }, fitted.svg)).toBe(true);
	}
	const xs = fitted.bubbles.map((b) => b.cx);
	const ys = fitted.bubbles.map((b) => b.cy);
	const span = Math.max(
		(Math.max(...xs) - Math.min(...xs)) / fitted.svg.width,
		(Math.max(...ys) - Math.min(...ys)) / fitted.svg.height
	);
	expect(span).toBeGreaterThan(0.3);

	await reset.click();
	await expect(reset).toBeDisabled();
	const whole = await geometry(page);
	const wholeXs = whole.bubbles.map((b) => b.cx);
	const wholeSpan = (Math.max(...wholeXs) - Math.min(...wholeXs)) / whole.svg.width;
	// Zhejiang is about 3° of the 62° of longitude the map shows.
	expect(wholeSpan).toBeLessThan(0.1);
});

test.describe('on a 390 px touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap near a small bubble reads it, a second opens its city; names stay clear', async ({
		page
	}) => {
		await page.goto('/map?month=2017-06');
		await ready(page);
		const names = new Map(referenceCsv('cities').map((c) => [c.admin_code!, c.name_en!]));
		// Taps land in the viewport: the map first, where a reader scrolls to it.
		await map(page).locator('svg[role="group"]').scrollIntoViewIfNeeded();
		const g = await geometry(page);
		expect(g.bubbles.length).toBe(truth.citiesWithData('2017-06'));

		// A small bubble is a 24 px target: a point 11 px from its centre, off the drawn circle
		// and far from every other bubble, reads it.
		const targets = g.bubbles.flatMap((b) =>
			[0, 90, 180, 270].map((deg) => {
				const a = (deg * Math.PI) / 180;
				const at = { x: b.cx + Math.cos(a) * 11, y: b.cy + Math.sin(a) * 11 };
				const others = g.bubbles.filter((o) => o.code !== b.code);
				const clear = others.every((o) => Math.hypot(o.cx - at.x, o.cy - at.y) > o.r + 30);
				return { b, at, ok: clear && b.r < 6 && within({ ...at, width: 0, height: 0 }, g.svg) };
			})
		);
		const target = targets.find((t) => t.ok && names.has(t.b.code));
		expect(target, 'a small bubble with room around it').toBeDefined();
		const { b, at } = target!;
		await page.touchscreen.tap(at.x, at.y);
		const tip = map(page)
			.getByRole('status')
			.filter({ hasText: names.get(b.code)! });
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Tap again for the city page');
		await expect(page).toHaveURL(/\/map/);

		// Every name and the inset's caption: inside the map, off every bubble and each other.
		const caption = g.labels.find((l) => l.id === 'caption-inset');
		expect(caption?.text).toBe('South China Sea islands');
		for (const [i, l] of g.labels.entries()) {
			expect(within(l.box, g.svg), `${l.text} inside the map`).toBe(true);
			for (const o of g.bubbles)
				expect(overlap(l.box, o.box, 1), `${l.text} clear of ${o.code}`).toBe(false);
			for (const m of g.labels.slice(i + 1))
				expect(overlap(l.box, m.box), `${l.text} clear of ${m.text}`).toBe(false);
		}
		expect(g.labels.length).toBeGreaterThan(2);

		// Every control of the map and the tiles is at least 24 px each way (WCAG 2.5.8).
		const controls = page.locator(
			'[data-chart="expansion-map"] button, [data-chart="expansion-map"] input[type="range"], ' +
				'[data-chart="province-tiles"] label, [data-chart="province-tiles"] [data-tile]'
		);
		const sizes = await controls.evaluateAll((els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { what: e.outerHTML.slice(0, 60), width: r.width, height: r.height };
			})
		);
		expect(sizes.length).toBeGreaterThan(34);
		for (const s of sizes) {
			expect(s.width, s.what).toBeGreaterThanOrEqual(24);
			expect(s.height, s.what).toBeGreaterThanOrEqual(24);
		}

		// A second tap on the same bubble, once the tip is read, opens its city page (two taps
		// within half a second are the map's double-tap zoom, as on any web map).
		await page.waitForTimeout(600);
		await page.touchscreen.tap(at.x, at.y);
		await expect(page).toHaveURL(new RegExp(`/city/${b.code}$`));
	});
});

test('the modelled comparison places are never drawn as members', async ({ page }) => {
	const comparison = referenceCsv('comparison_places').map((p) => `x-rest-${p.province_code}`);
	await page.goto('/map');
	await ready(page);
	await expect(map(page).locator('[data-bubble]')).toHaveCount(truth.citiesWithData('2025-12'));
	const drawn = await map(page)
		.locator('[data-bubble]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-bubble')));
	expect(drawn.filter((c) => comparison.includes(c!))).toEqual([]);

	// Choosing them alone: nothing to draw, and the page says why.
	await page.goto('/map?phase=none');
	await expect(map(page)).toContainText('never joined the pilot');
	await expect(tiles(page)).toContainText('never joined the pilot');
	await expect(map(page).locator('[data-bubble]')).toHaveCount(0);
});
