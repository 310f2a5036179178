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

	test("hashes app.html's inline scripts (theme, held-back link), so they run without 'unsafe-inline'", () => {
		const html = readFileSync('src/app.html', 'utf8');
		const bodies = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(bodies).toHaveLength(2);
		expect(bodies[0]).toContain("localStorage.getItem('pilot-atlas:theme')");
		expect(bodies[1]).toContain('dataset.prerendered');
		const hashes = bodies.map((b) => `sha256-${createHash('sha256').update(b).digest('base64')}`);
		expect(appHtmlScriptHashes()).toEqual(hashes);
		for (const hash of hashes) expect(csp['script-src']).toContain(hash);
	});
});
