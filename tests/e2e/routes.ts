/**
 * Every page the site has, for the checks that must hold on all of them (accessibility in light and
 * dark, the CSP, no request leaving the origin, URL fuzzing, hostile text, phone width). A new page
 * adds one entry here and is covered by every one of those tests.
 */
import type { TestFlags } from '../../src/lib/state/test-hooks';

export interface RouteCheck {
	/** A path to open (one representative for a parameterised route). */
	readonly path: string;
	readonly name: string;
	/** A selector that shows the page has its data (charts drawn, tables filled). */
	readonly ready: string;
}

export const ROUTES: readonly RouteCheck[] = [
	{ path: '/', name: 'overview', ready: '[data-testid="phase-card"] [data-field="value_now"]' },
	{ path: '/timeline', name: 'timeline', ready: '[data-chart="timeline"] path.line' },
	{ path: '/city/330100', name: 'city', ready: '[data-chart="city-series"] path.line' },
	{ path: '/map', name: 'map', ready: '[data-chart] .body[data-state="ready"] svg circle' },
	{
		path: '/categories',
		name: 'categories',
		ready: '[data-chart] .body[data-state="ready"] svg rect'
	},
	{ path: '/compliance', name: 'compliance', ready: '[data-chart] .body[data-state="ready"] svg' },
	{ path: '/data', name: 'data', ready: '[data-testid="virtual-table"] [role="columnheader"]' },
	{ path: '/report', name: 'report', ready: '.builder[data-ready="true"]' },
	{ path: '/about/data', name: 'about-data', ready: '[data-testid="data-version"]' }
];

/** Turns on the app's test handle (window.__pilotAtlas) for the next navigations of `page`. */
export async function enableTestHooks(
	page: import('@playwright/test').Page,
	flags: TestFlags = {}
): Promise<void> {
	await page.addInitScript((f) => {
		(window as unknown as { __PILOT_ATLAS_TEST__: unknown }).__PILOT_ATLAS_TEST__ = f;
	}, flags);
}

/** A client-side navigation through the app's router (after it has started; needs the hooks). */
export async function clientGoto(
	page: import('@playwright/test').Page,
	url: string
): Promise<void> {
	type Hooked = { __pilotAtlas?: { goto?(u: string): Promise<void> } };
	await page.waitForFunction(() => typeof (window as Hooked).__pilotAtlas?.goto === 'function');
	await page.evaluate((u) => (window as Hooked).__pilotAtlas!.goto!(u), url);
}
