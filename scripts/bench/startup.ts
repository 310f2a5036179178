/** Cold start: the app's overview against the baseline page (engine + data alone), interleaved. */
import type { Browser } from '@playwright/test';
import { coldPage } from './browser';

export interface AppStart {
	readonly firstChart: number;
	readonly interactive: number;
	readonly engineReady: number;
	readonly dataReady: number;
	readonly fcp: number;
	/** Cumulative layout shift until interactive (a visible jump when the live engine takes over). */
	readonly cls: number;
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
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number };
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.__cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
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
			fcp: ${MARK('first-contentful-paint')},
			cls: window.__cls
		})`);
	} finally {
		await page.context().close();
	}
}

export interface StartupRuns {
	/** Per page path, one cold visit per run. */
	readonly app: Record<string, AppStart[]>;
	/** One bare-engine visit per run, just before that run's page visits. */
	readonly baseline: BaselineStart[];
}

/** `runs` rounds of (baseline, then each page), so every page has a baseline from its round. */
export async function measureStartup(
	browser: Browser,
	url: string,
	runs: number,
	paths: readonly string[]
): Promise<StartupRuns> {
	const app: Record<string, AppStart[]> = Object.fromEntries(paths.map((p) => [p, []]));
	const baseline: BaselineStart[] = [];
	await baselineStart(browser, url); // warm the server's file cache; not counted
	for (let i = 0; i < runs; i++) {
		const b = await baselineStart(browser, url);
		baseline.push(b);
		const line: string[] = [];
		for (const path of paths) {
			const a = await appStart(browser, url, path);
			app[path]!.push(a);
			line.push(`${path} ${a.firstChart.toFixed(0)}/${a.interactive.toFixed(0)}`);
		}
		console.log(
			`  run ${i + 1}: baseline ${b.dataReady.toFixed(0)} ms; first chart/interactive ${line.join(', ')}`
		);
	}
	return { app, baseline };
}
