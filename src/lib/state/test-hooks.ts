/**
 * Switches for browser tests, off unless a test sets `window.__PILOT_ATLAS_TEST__` before the app
 * starts (Playwright's addInitScript). Production code reads them only through this module.
 */
import { browser } from '$app/environment';

export interface TestFlags {
	/** Watchdog ping interval in ms (the timeout is three intervals). */
	readonly watchdogMs?: number;
	/** Keep every statement the views send (the benchmark replays them in the bare engine). */
	readonly keepQueryLog?: boolean;
}

type TestWindow = Window & { __PILOT_ATLAS_TEST__?: TestFlags; __pilotAtlas?: unknown };

/** The flags a test set, or null in normal use. */
export function testFlags(): TestFlags | null {
	return browser ? ((window as TestWindow).__PILOT_ATLAS_TEST__ ?? null) : null;
}

/** Adds to the debug handle `window.__pilotAtlas`, only when a test asked for it. */
export function exposeForTests(handle: Record<string, unknown>): void {
	if (!testFlags()) return;
	const w = window as TestWindow;
	w.__pilotAtlas = Object.assign((w.__pilotAtlas as object | undefined) ?? {}, handle);
}
