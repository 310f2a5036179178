/**
 * A full walk of every page (tests/e2e/routes.ts) in both languages: the strict CSP is in force,
 * nothing violates it, and no request leaves the site's own origin.
 */
import { test, expect } from './fixtures';
import { ROUTES } from './routes';

test('every page loads its data under the CSP, with no violation and no outside request', async ({
	page,
	log,
	baseURL
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	// The stored dark theme runs the inline theme script: its hash must be in the policy.
	await page.addInitScript(() => localStorage.setItem('pilot-atlas:theme', 'dark'));
	test.setTimeout(ROUTES.length * 30_000);
	for (const route of ROUTES) {
		await page.goto(route.path);
		for (const lang of ['en', 'zh']) {
			// Chinese by the header's switch: a client-side navigation with new queries.
			if (lang === 'zh') await page.getByTestId('language-switch').click();
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
			await expect(page.locator(route.ready).first()).toBeAttached();
			const csp = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
			expect(csp).not.toMatch(/unsafe-eval'(?<!wasm-unsafe-eval')|https?:|\*/);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		}
		await page.evaluate(() => localStorage.removeItem('pilot-atlas:lang'));
	}
	expect(violations, 'CSP violations').toEqual([]);
	const origin = new URL(baseURL!).origin;
	const outside = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
	expect(outside, 'requests that left the origin').toEqual([]);
	expect(log.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
});
