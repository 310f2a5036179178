/** Cold start: the app's overview against the baseline page (engine + data alone), interleaved. */
import type { Browser } from '@playwright/test';
import { coldPage } from './browser';

export interface AppStart {
	readonly firstChart: number;
	readonly interactive: number;
	readonly engineReady: number;
	readonly dataReady: number;
	readonly fcp: number;
}

export interface BaselineStart {
	readonly engineReady: number;
	readonly dataReady: number;
}

const MARK = (name: string) => `performance.getEntriesByName('${name}')[0]?.startTime ?? NaN`;

/** One cold visit of the baseline page: ms from navigation to engine ready and to data loaded. */
export async function baselineStart(browser: Browser, url: string): Promise<BaselineStart> {
	const page = await coldPage(browser);
	try {
		await page.goto(`${url}/__bench/`);
		await page.waitForFunction(
			() => document.getElementById('status')?.textContent === 'ready',
			null,
			{
				timeout: 180_000
			}
		);
		return await page.evaluate(
			`({ engineReady: ${MARK('pa:engine-ready')}, dataReady: ${MARK('pa:data-ready')} })`
		);
	} finally {
		await page.context().close();
	}
}

/**
 * One cold visit of the overview: first chart painted (the app's `pa:first-chart` mark), and
 * interactive: the data loaded and, at an animation frame, no query in flight and no chart busy.
 */
export async function appStart(browser: Browser, url: string, path = '/'): Promise<AppStart> {
	const page = await coldPage(browser);
	try {
		await page.goto(`${url}${path}`, { waitUntil: 'commit' });
		const interactive = (await page.evaluate(
			`new Promise((resolve) => {
				const idle = () => performance.getEntriesByName('pa:data-ready').length > 0 &&
					(document.documentElement.dataset.queries ?? '0') === '0' &&
					document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0;
				const tick = () => (idle() ? resolve(performance.now()) : requestAnimationFrame(tick));
				tick();
			})`
		)) as number;
		await page.waitForFunction(() => performance.getEntriesByName('pa:first-chart').length > 0);
		return await page.evaluate(`({
			interactive: ${interactive},
			firstChart: ${MARK('pa:first-chart')},
			engineReady: ${MARK('pa:engine-ready')},
			dataReady: ${MARK('pa:data-ready')},
			fcp: ${MARK('first-contentful-paint')}
		})`);
	} finally {
		await page.context().close();
	}
}

/** `runs` interleaved pairs (baseline, app), so both see the same machine load. */
export async function measureStartup(browser: Browser, url: string, runs: number, path = '/') {
	const app: AppStart[] = [];
	const baseline: BaselineStart[] = [];
	await baselineStart(browser, url); // warm the server's file cache; not counted
	for (let i = 0; i < runs; i++) {
		baseline.push(await baselineStart(browser, url));
		app.push(await appStart(browser, url, path));
		const a = app.at(-1)!;
		const b = baseline.at(-1)!;
		console.log(
			`  run ${i + 1}: first chart ${a.firstChart.toFixed(0)} ms, interactive ${a.interactive.toFixed(0)} ms, baseline ${b.dataReady.toFixed(0)} ms`
		);
	}
	return { app, baseline };
}
