/** Headless Debian Chromium with the flags the e2e tests use (nothing dials out). */
import { chromium, type Browser, type Page } from '@playwright/test';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** Launches Chromium. */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ARGS
	});
}

/**
 * A fresh context (empty HTTP and code caches: a cold visit) and its page. `flags` turn on the
 * app's test handle (src/lib/state/test-hooks.ts), e.g. to keep the log of statements sent.
 */
export async function coldPage(browser: Browser, flags?: Record<string, unknown>): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		timezoneId: 'UTC',
		locale: 'en-GB'
	});
	const page = await context.newPage();
	if (flags) {
		await page.addInitScript((f) => {
			(window as unknown as { __PILOT_ATLAS_TEST__: unknown }).__PILOT_ATLAS_TEST__ = f;
		}, flags);
	}
	page.on('pageerror', (e) => console.error('  pageerror:', e.message));
	return page;
}

/**
 * In-page: resolves, at the first animation frame where it holds, with performance.now() when no
 * view query is in flight and no chart is busy (every visible chart shows its live answer).
 */
export const IDLE_SCRIPT = `(() => {
	const idle = () => (document.documentElement.dataset.queries ?? '0') === '0' &&
		document.querySelectorAll('[data-chart][aria-busy="true"]').length === 0 &&
		document.querySelectorAll('[data-chart] [data-state="pending"]').length === 0;
	return new Promise((resolve) => {
		const tick = () => (idle() ? resolve(performance.now()) : requestAnimationFrame(tick));
		requestAnimationFrame(tick);
	});
})()`;
