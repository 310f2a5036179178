/**
 * Filter clicks as a person makes them, on every analysis page: a checkbox or radio of the filter
 * bar is clicked (an input event in the page, not a scripted navigation) and the time runs until
 * the first animation frame at which the URL is the new one, no view query is in flight and no
 * chart is busy or pending. The statements each click sent are kept and replayed afterwards in
 * the bare engine (the baseline page): what the engine alone needs for the same click.
 */
import type { Browser, Page } from '@playwright/test';
import { coldPage, IDLE_SCRIPT } from './browser';
import { createRng } from '../generate/prng';

export interface ClickPage {
	readonly name: string;
	readonly path: string;
	/** Shown once every chart of the default view is drawn. */
	readonly ready: string;
}

/** The pages with a filter bar (the five), each opened at its default view. */
export const CLICK_PAGES: readonly ClickPage[] = [
	{ name: 'timeline', path: '/timeline', ready: '[data-chart="timeline"] path.line' },
	{ name: 'map', path: '/map', ready: '[data-chart] .body[data-state="ready"] svg circle' },
	{
		name: 'categories',
		path: '/categories',
		ready: '[data-chart] .body[data-state="ready"] svg rect'
	},
	{ name: 'compliance', path: '/compliance', ready: '[data-chart] .body[data-state="ready"] svg' },
	{ name: 'city', path: '/city/330100', ready: '[data-chart="city-series"] path.line' }
];

// The filter bar's own inputs: phase chips, channel boxes, metric radios and the category
// picker's boxes (in its popover: a click on them is the same event a person's click makes).
const INPUTS = `[data-testid="filter-bar"] .chips input, [data-testid="filter-bar"] .inline input, #filter-cat-panel input[type="checkbox"]`;

export interface ClickRun {
	readonly ms: number[];
	/** Per click, ms the bare engine needs for the statements that click sent (same order). */
	readonly engineMs: number[];
	/** Statements sent per click. */
	readonly sent: number[];
	/** Clicks that returned to a state seen before in the session (the query cache may answer). */
	readonly repeats: number;
}

type Spec = { sql: string; params: unknown[] };

async function openPage(browser: Browser, url: string, p: ClickPage): Promise<Page> {
	const page = await coldPage(browser, { keepQueryLog: true });
	await page.goto(`${url}${p.path}`);
	await page.waitForFunction(() => performance.getEntriesByName('pa:data-ready').length > 0, null, {
		timeout: 300_000
	});
	await page.waitForSelector(p.ready, { timeout: 60_000 });
	await page.evaluate(IDLE_SCRIPT);
	return page;
}

/** In-page: clicks input `index` of INPUTS; resolves with ms until the page shows the new state. */
const CLICK_SCRIPT = (index: number) => `new Promise((resolve) => {
	const inputs = [...document.querySelectorAll(${JSON.stringify(INPUTS)})];
	const input = inputs[${index}];
	const before = location.search;
	const t0 = performance.now();
	input.click();
	const idle = () => location.search !== before &&
		(document.documentElement.dataset.queries ?? '0') === '0' &&
		document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0 &&
		document.querySelectorAll('[data-chart] [data-state="pending"]').length === 0;
	const tick = () => {
		if (idle()) resolve(performance.now() - t0);
		else if (performance.now() - t0 > 20000) resolve(NaN);
		else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})`;

/** In-page: the checked inputs, as a key, after clicking input `j` (-1: as they are now). */
const KEY_AFTER = (j: number) => `(() => {
	const inputs = [...document.querySelectorAll(${JSON.stringify(INPUTS)})];
	const target = inputs[${j}];
	const on = inputs.map((el) => {
		if (!target) return el.checked;
		if (el === target) return el.type === 'radio' ? true : !el.checked;
		return target.type === 'radio' && el.type === 'radio' && el.name === target.name ? false : el.checked;
	});
	return on.map((v) => (v ? '1' : '0')).join('');
})()`;

const LOG_LENGTH = `(window.__pilotAtlas?.queryLog ?? []).length`;

/**
 * `clicks` seeded clicks on the page's filter inputs; each click prefers an input that leads to a
 * state not seen yet in the session (so the query cache rarely answers; repeats are counted).
 */
export async function clickSession(
	browser: Browser,
	url: string,
	p: ClickPage,
	clicks: number,
	seed: string
): Promise<ClickRun> {
	const page = await openPage(browser, url, p);
	const rng = createRng(seed, `clicks-${p.name}`);
	const batches: Spec[][] = [];
	const ms: number[] = [];
	let repeats = 0;
	try {
		const count = (await page.evaluate(
			`document.querySelectorAll(${JSON.stringify(INPUTS)}).length`
		)) as number;
		if (count === 0) throw new Error(`${p.path}: no filter inputs found`);
		const now = () => page.evaluate(KEY_AFTER(-1)) as Promise<string>;
		const seen = new Set<string>([await now()]);
		for (let i = 0; i < clicks; i++) {
			const current = await now();
			let pick = -1;
			let fallback = -1;
			for (const j of shuffle(count, () => rng.next())) {
				const next = (await page.evaluate(KEY_AFTER(j))) as string;
				if (next === current) continue; // a radio already on: the click changes nothing
				if (fallback < 0) fallback = j;
				if (!seen.has(next)) {
					pick = j;
					break;
				}
			}
			if (pick < 0) pick = fallback;
			const logStart = (await page.evaluate(LOG_LENGTH)) as number;
			const t = (await page.evaluate(CLICK_SCRIPT(pick))) as number;
			const key = await now();
			if (seen.has(key)) repeats++;
			seen.add(key);
			if (!Number.isFinite(t)) continue;
			ms.push(t);
			batches.push(
				(await page.evaluate(`(window.__pilotAtlas?.queryLog ?? []).slice(${logStart})`)) as Spec[]
			);
			await page.evaluate(IDLE_SCRIPT); // the frame after the update goes by, as between clicks
		}
	} finally {
		await page.context().close();
	}
	const engineMs = await replay(browser, url, batches);
	return { ms, engineMs, sent: batches.map((b) => b.length), repeats };
}

/** Each click's statements, replayed in order in the bare engine (statements kept, as the app). */
async function replay(browser: Browser, url: string, batches: Spec[][]): Promise<number[]> {
	const page = await coldPage(browser);
	try {
		await page.goto(`${url}/__bench/`);
		await page.waitForFunction(
			() => document.getElementById('status')?.textContent === 'ready',
			null,
			{ timeout: 300_000 }
		);
		const out: number[] = [];
		for (const batch of batches) {
			out.push(
				(await page.evaluate(
					(b) =>
						(window as unknown as { bench: { batch(s: unknown[]): Promise<number> } }).bench.batch(
							b
						),
					batch
				)) as number
			);
		}
		return out;
	} finally {
		await page.context().close();
	}
}

/** 0 … n-1 in a seeded random order (Fisher–Yates). */
function shuffle(n: number, random: () => number): number[] {
	const out = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
