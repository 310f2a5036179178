// The Content-Security-Policy, written once: svelte.config.js hands it to SvelteKit (which adds the
// hashes of its own inline scripts and, on prerendered pages, emits it as a <meta> tag), and a
// unit test checks it. Own origin only; no host is named anywhere.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The inline scripts of src/app.html (the theme script that prevents a flash), as CSP hashes. */
export function appHtmlScriptHashes(
	html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')
) {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(m) =>
			`sha256-${createHash('sha256')
				.update(m[1] ?? '')
				.digest('base64')}`
	);
}

/** @returns {Record<string, string[]>} */
export function cspDirectives() {
	return {
		'default-src': ['self'],
		// 'wasm-unsafe-eval': compiling DuckDB's WebAssembly; nothing else is evaluated.
		'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScriptHashes()],
		// Style sheets from our origin only; style="" attributes (Svelte's style: directives) allowed.
		'style-src': ['self'],
		'style-src-attr': ['unsafe-inline'],
		// The SQL editor (CodeMirror's style-mod) injects <style> elements and a static site has no
		// per-response nonce to give it; scripts stay strict, styles cannot run code.
		'style-src-elem': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		// blob: for the XLSX writer's compression worker (fflate builds it from a blob URL).
		'worker-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}

// Who may frame a page. An embed (/embed/…) is made to be framed by any site; every other page
// only by this site itself (the report prints and publishes through a same-origin frame).
// Browsers ignore `frame-ancestors` in a <meta> policy, and a prerendered page has no other, so
// this part is sent as an HTTP header: by the preview server (vite.config.ts) and, for hosts that
// read it (Netlify, Cloudflare Pages), by static/_headers — other hosts must send the same.
export const EMBED_PREFIX = '/embed/';

/** The pages framed by this site only, as static-host path patterns (each page once). */
export const SELF_FRAMED_PATHS = [
	'/',
	'/timeline',
	'/map',
	'/categories',
	'/compliance',
	'/data',
	'/report',
	'/about/*',
	'/city/*',
	'/404.html'
];

/**
 * The `frame-ancestors` policy of a path.
 * @param {string} pathname
 */
export function frameAncestors(pathname) {
	return pathname.startsWith(EMBED_PREFIX) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/** static/_headers: one rule per path pattern, none overlapping (hosts combine matching rules). */
export function staticHeaders() {
	/** @param {string} path @param {string} policy */
	const rule = (path, policy) => `${path}\n  Content-Security-Policy: ${policy}\n`;
	return [
		'# Written from csp.config.js (a unit test keeps them equal): who may frame each page.',
		...SELF_FRAMED_PATHS.map((p) => rule(p, frameAncestors(p))),
		rule(`${EMBED_PREFIX}*`, frameAncestors(EMBED_PREFIX))
	].join('\n');
}
