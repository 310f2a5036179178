/**
 * The timeline's month brush dragged with real mouse events: per move, the time from the pointer
 * event to the frame at which every chart shows the brushed months; and how many URL states the
 * app took per animation frame during the drag (continuous input coalesces to at most one).
 */
import type { Browser, Page } from '@playwright/test';
import { coldPage, IDLE_SCRIPT } from './browser';

export interface BrushRun {
	readonly ms: number[];
	/** URL states taken (replacing entries) and animation frames elapsed during the drag. */
	readonly updates: number;
	readonly frames: number;
	/** Statements sent to the engine during the drag (0: the brush answers without a query). */
	readonly sent: number;
}

async function openTimeline(browser: Browser, url: string): Promise<Page> {
	const page = await coldPage(browser, { keepQueryLog: true });
	await page.goto(`${url}/timeline`);
	await page.waitForFunction(() => performance.getEntriesByName('pa:data-ready').length > 0, null, {
		timeout: 300_000
	});
	await page.evaluate(IDLE_SCRIPT);
	await page.waitForSelector('[data-chart="timeline"] path.line');
	await page.waitForSelector('[data-chart="period-summary"] tbody tr');
	return page;
}

const SUMMARY = `document.querySelector('[data-chart="period-summary"] .units')?.textContent ?? ''`;
const HOOKS = `(() => { const h = window.__pilotAtlas; return { replaced: h.urlStats.replaced, sent: h.queryStats.sent }; })()`;

/**
 * Drags the brush in `steps` moves of about a month and a half each; per move, ms from the
 * `mousemove` event to the first frame at which the period summary names the new months and no
 * chart is busy.
 */
export async function brushDrag(browser: Browser, url: string, steps: number): Promise<BrushRun> {
	const page = await openTimeline(browser, url);
	try {
		const overlay = page.locator('[data-chart="timeline"] g.brush .overlay');
		const box = (await overlay.boundingBox())!;
		const y = box.y + box.height / 2;
		const dx = Math.min(14, (box.width * 0.8) / steps);
		const x0 = box.x + box.width * 0.1;
		await page.evaluate(`
			window.__lastMove = 0;
			window.__frames = 0;
			addEventListener('mousemove', () => (window.__lastMove = performance.now()), true);
			const count = () => { window.__frames++; requestAnimationFrame(count); };
			requestAnimationFrame(count);
		`);
		await page.mouse.move(x0, y);
		await page.mouse.down();
		await page.mouse.move(x0 + dx, y); // the drag starts: the first range
		await page.evaluate(IDLE_SCRIPT);
		const start = (await page.evaluate(HOOKS)) as { replaced: number; sent: number };
		const frames0 = (await page.evaluate('window.__frames')) as number;
		const out: number[] = [];
		for (let i = 2; i <= steps + 1; i++) {
			const before = (await page.evaluate(SUMMARY)) as string;
			await page.mouse.move(x0 + i * dx, y);
			const ms = (await page.evaluate(
				`new Promise((resolve) => {
					const start = performance.now();
					const done = () => (${SUMMARY}) !== ${JSON.stringify(before)} &&
						(document.documentElement.dataset.queries ?? '0') === '0' &&
						document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0;
					const tick = () => {
						if (done()) resolve(performance.now() - window.__lastMove);
						else if (performance.now() - start > 5000) resolve(NaN);
						else requestAnimationFrame(tick);
					};
					tick();
				})`
			)) as number;
			if (Number.isFinite(ms)) out.push(ms);
		}
		const end = (await page.evaluate(HOOKS)) as { replaced: number; sent: number };
		const frames = ((await page.evaluate('window.__frames')) as number) - frames0;
		await page.mouse.up();
		await page.evaluate(IDLE_SCRIPT);
		return {
			ms: out,
			updates: end.replaced - start.replaced,
			frames,
			sent: end.sent - start.sent
		};
	} finally {
		await page.context().close();
	}
}
