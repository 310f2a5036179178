/**
 * Interactions on /timeline: scripted filter changes (time until every visible chart shows the
 * new answer) and a brush drag (time from each pointer move until every chart has updated).
 */
import type { Browser, Page } from '@playwright/test';
import { coldPage, IDLE_SCRIPT } from './browser';

async function openTimeline(browser: Browser, url: string): Promise<Page> {
	const page = await coldPage(browser);
	await page.goto(`${url}/timeline`);
	await page.waitForFunction(() => performance.getEntriesByName('pa:data-ready').length > 0, null, {
		timeout: 180_000
	});
	await page.evaluate(IDLE_SCRIPT);
	await page.waitForSelector('[data-chart="timeline"] path.line');
	return page;
}

/**
 * Applies each state as a client-side navigation to its URL (a link click: the router path the
 * filter bar's `goto` takes) and returns, per change, ms until the URL is the new one and, at an
 * animation frame, no query is in flight and no chart is busy.
 */
export async function filterChanges(
	browser: Browser,
	url: string,
	states: readonly string[]
): Promise<number[]> {
	const page = await openTimeline(browser, url);
	try {
		const out: number[] = [];
		for (const state of states) {
			const href = `/timeline${state}`;
			const ms = (await page.evaluate(
				`new Promise((resolve) => {
					const href = ${JSON.stringify(href)};
					const a = document.createElement('a');
					a.href = href;
					document.body.append(a);
					const t0 = performance.now();
					a.click();
					a.remove();
					const idle = () => location.pathname + location.search === href &&
						(document.documentElement.dataset.queries ?? '0') === '0' &&
						document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0;
					const tick = () => (idle() ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
					requestAnimationFrame(tick);
				})`
			)) as number;
			out.push(ms);
		}
		return out;
	} finally {
		await page.context().close();
	}
}

/**
 * Drags the timeline's month brush in `steps` moves of about a month and a half each; per move,
 * ms from the pointer event to the frame where every chart shows the brushed months.
 */
export async function brushDrag(browser: Browser, url: string, steps: number): Promise<number[]> {
	const page = await openTimeline(browser, url);
	try {
		const overlay = page.locator('[data-chart="timeline"] g.brush .overlay');
		const box = (await overlay.boundingBox())!;
		const y = box.y + box.height / 2;
		const dx = Math.min(14, (box.width * 0.8) / steps);
		const x0 = box.x + box.width * 0.1;
		await page.evaluate(`
			window.__lastMove = 0;
			window.addEventListener('mousemove', () => (window.__lastMove = performance.now()), true);
		`);
		await page.mouse.move(x0, y);
		await page.mouse.down();
		const out: number[] = [];
		for (let i = 1; i <= steps; i++) {
			const before = (await page.evaluate('location.search')) as string;
			await page.mouse.move(x0 + i * dx, y);
			// Wait for the brushed months to reach the URL (the filter), then for every chart.
			const ms = (await page.evaluate(
				`new Promise((resolve) => {
					const start = performance.now();
					const idle = () => location.search !== ${JSON.stringify(before)} &&
						(document.documentElement.dataset.queries ?? '0') === '0' &&
						document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0;
					const tick = () => {
						if (idle()) resolve(performance.now() - window.__lastMove);
						else if (performance.now() - start > 5000) resolve(NaN);
						else requestAnimationFrame(tick);
					};
					tick();
				})`
			)) as number;
			if (Number.isFinite(ms)) out.push(ms);
		}
		await page.mouse.up();
		await page.evaluate(IDLE_SCRIPT);
		return out;
	} finally {
		await page.context().close();
	}
}
