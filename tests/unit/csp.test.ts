import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { appHtmlScriptHashes, cspDirectives } from '../../csp.config.js';

describe('the Content-Security-Policy', () => {
	const csp = cspDirectives() as Record<string, string[]>;

	test('names no host: own origin, data/blob images, wasm compilation, nothing else', () => {
		for (const [directive, sources] of Object.entries(csp)) {
			for (const source of sources) {
				expect(source, directive).toMatch(
					/^(self|none|wasm-unsafe-eval|unsafe-inline|data:|blob:|sha256-[A-Za-z0-9+/=]+)$/
				);
			}
		}
		expect(csp['script-src']).not.toContain('unsafe-inline');
		expect(csp['script-src']).not.toContain('unsafe-eval');
		expect(csp['style-src']).toEqual(['self']);
		expect(csp['default-src']).toEqual(['self']);
	});

	test("hashes the theme script in app.html, so it runs without 'unsafe-inline'", () => {
		const html = readFileSync('src/app.html', 'utf8');
		const body = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
		expect(body).toContain("localStorage.getItem('pilot-atlas:theme')");
		const hash = `sha256-${createHash('sha256').update(body).digest('base64')}`;
		expect(appHtmlScriptHashes()).toEqual([hash]);
		expect(csp['script-src']).toContain(hash);
	});
});
