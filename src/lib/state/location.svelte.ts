/**
 * The address bar as reactive state. A filter change is a shallow history entry (SvelteKit's
 * `pushState`/`replaceState`): the URL changes, nothing is loaded again and no router navigation
 * runs. Kit then leaves `page.url` at the last real navigation, so everything that reads the
 * query string reads it here: the URL written last, else `location`.
 *
 * Continuous input (a brush drag, a slider) writes many replacing entries. The app takes the
 * last one of each animation frame (one update per frame, however many events arrive), and
 * history is told at most every HISTORY_INTERVAL_MS, the last one always: browsers ignore
 * history writes past a rate (Chromium: 200 in 10 s).
 */
import { browser, building } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { exposeForTests } from './test-hooks';

const HISTORY_INTERVAL_MS = 100;

let version = $state(0);
/** A replacing URL the app already shows but history has not been told yet. */
let unwritten: string | null = null;
/** `page.url` when `unwritten` was set: a real navigation since then supersedes it. */
let unwrittenOn: string | null = null;
let lastWrite = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
/** The latest replacing URL of this frame, applied at its animation frame. */
let thisFrame: string | null = null;
let frameRequested = false;

/** Counters for the benchmark: URL states the app took, and frames that took one. */
export const urlStats = { replaced: 0, pushed: 0 };

if (browser) {
	exposeForTests({ urlStats });
	// Back/forward between shallow entries: Kit updates `page.state`, not `page.url`.
	addEventListener('popstate', () => {
		thisFrame = null;
		discardUnwritten(); // it belonged to the entry we left
		version++;
	});
}

/** The current URL (reactive). While prerendering: the page's URL without a query string. */
export function currentUrl(): URL {
	if (building || !browser) return new URL(page.url.pathname, page.url.origin);
	void version;
	const real = page.url.href; // a real navigation (link, goto) also changes the URL
	if (unwritten !== null && unwrittenOn !== real) discardUnwritten();
	return new URL(unwritten ?? location.href, location.href);
}

/** The current query string (reactive; empty while prerendering). */
export function currentSearch(): URLSearchParams {
	if (building || !browser) return new URLSearchParams();
	return currentUrl().searchParams;
}

/**
 * Shows `href` (same page) as the current URL without a navigation: a new history entry for a
 * choice, a replaced one for continuous input.
 */
export function writeUrl(href: string, { replace = false }: { replace?: boolean } = {}): void {
	if (!replace) {
		applyFrame();
		flush(); // the entry being left keeps the state the user last saw
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current path, new query
		pushState(href, {});
		lastWrite = performance.now();
		urlStats.pushed++;
		version++;
		return;
	}
	thisFrame = href;
	if (!frameRequested) {
		frameRequested = true;
		requestAnimationFrame(applyFrame);
	}
}

/** Takes the frame's last replacing URL: the app updates once, before the frame is painted. */
function applyFrame(): void {
	frameRequested = false;
	if (thisFrame === null) return;
	unwritten = thisFrame;
	thisFrame = null;
	unwrittenOn = page.url.href;
	urlStats.replaced++;
	version++;
	const wait = lastWrite + HISTORY_INTERVAL_MS - performance.now();
	if (wait <= 0) flush();
	else timer ??= setTimeout(flush, wait);
}

function flush(): void {
	if (timer !== null) clearTimeout(timer);
	timer = null;
	if (unwritten === null) return;
	const href = unwritten;
	unwritten = null;
	if (unwrittenOn !== page.url.href) return; // a navigation since: that entry is not ours
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current path, new query
	replaceState(href, {});
	lastWrite = performance.now();
}

function discardUnwritten(): void {
	if (timer !== null) clearTimeout(timer);
	timer = null;
	unwritten = null;
}
