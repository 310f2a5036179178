/**
 * URL fuzz: 1,000 seeded random and malformed query strings over every route (tests/e2e/routes.ts),
 * navigated client-side in one page. No uncaught error, no error boundary, and the page's h1 is
 * there each time; at the end the engine still answers.
 */
import { test, expect } from './fixtures';
import { ROUTES, enableTestHooks } from './routes';
import { prng, randomQuery } from './url-fuzz';

// PA_FUZZ_RUNS only to measure locally; the suite always runs 1,000.
const RUNS = Number(process.env.PA_FUZZ_RUNS ?? 1_000);

test(`${RUNS} random and malformed URLs render every page without an uncaught error`, async ({
	page,
	log
}) => {
	test.setTimeout(180_000);
	await enableTestHooks(page);
	await page.goto('/');
	await expect(page.locator('main h1').first()).toBeVisible();
	await page.waitForFunction(
		() => 'goto' in ((window as { __pilotAtlas?: object }).__pilotAtlas ?? {})
	);
	const rand = prng(20260327);
	const started = performance.now();
	const failures: string[] = [];
	for (let i = 0; i < RUNS; i++) {
		const route = ROUTES[i % ROUTES.length]!;
		// A few junk codes in the path of parameterised routes: they must reach the error page.
		const path =
			route.path.startsWith('/city/') && rand() < 0.1
				? `/city/${encodeURIComponent(randomQuery(rand).slice(0, 40) || 'x')}`
				: route.path;
		const url = `${path}?${randomQuery(rand)}`;
		const errorsBefore = log.pageErrors.length;
		const state = await page.evaluate(async (u) => {
			const w = window as unknown as { __pilotAtlas: { goto(u: string): Promise<void> } };
			try {
				await w.__pilotAtlas.goto(u);
			} catch (e) {
				return { thrown: String(e), h1: '', boundary: false };
			}
			return {
				thrown: null,
				h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
				boundary: document.querySelector('[data-testid="error-boundary"]') !== null
			};
		}, url);
		if (state.thrown || !state.h1 || state.boundary || log.pageErrors.length > errorsBefore) {
			failures.push(
				`${i} ${url.slice(0, 200)} → ${JSON.stringify(state).slice(0, 200)} ${log.pageErrors.slice(errorsBefore).join(' | ').slice(0, 300)}`
			);
			if (failures.length > 10) break;
		}
	}
	console.log(`fuzz: ${RUNS} URLs in ${Math.round(performance.now() - started)} ms`);
	expect(failures).toEqual([]);
	// After the storm the engine still answers: the last route's data arrives.
	const last = ROUTES[(RUNS - 1) % ROUTES.length]!;
	await page.goto(last.path);
	await expect(page.locator(last.ready).first()).toBeAttached();
});
