/**
 * On a slow link the status line counts real bytes: the engine's wasm and then the data files,
 * one bar from empty to full, with "x MB of y MB" growing (Chromium's network throttling).
 */
import { test, expect } from './fixtures';

test('a throttled first visit shows the engine and data bytes arriving', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	// 40 Mbit/s: long enough to watch, short enough for CI (about 8 MB compressed to fetch).
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 20,
		downloadThroughput: 40e6 / 8,
		uploadThroughput: 5e6 / 8
	});
	await page.goto('/timeline');
	const samples: { value: number; text: string }[] = [];
	const started = Date.now();
	while (Date.now() - started < 60_000) {
		const sample = await page.evaluate(() => {
			const bar = document.querySelector<HTMLProgressElement>(
				'[data-testid="engine-status"] progress'
			);
			const text = document.querySelector('[data-testid="engine-status"]')?.textContent ?? '';
			return bar ? { value: bar.value, text: text.replace(/\s+/g, ' ').trim() } : null;
		});
		if (sample) samples.push(sample);
		else if (samples.length > 0) break; // the status line is gone: the data is in
		await page.waitForTimeout(100);
	}
	const partial = samples.filter((s) => s.value > 0 && s.value < 1);
	expect(partial.length, JSON.stringify(samples.slice(0, 5))).toBeGreaterThan(3);
	// The bar only grows, and part of it fills while the engine itself downloads.
	for (let i = 1; i < samples.length; i++)
		expect(samples[i]!.value).toBeGreaterThanOrEqual(samples[i - 1]!.value);
	expect(samples.some((s) => /Starting/.test(s.text) && s.value > 0)).toBe(true);
	// "x MB of y MB": the total is the engine (33 MB uncompressed) plus the data.
	const last = partial.at(-1)!.text;
	const total = Number(/of ([\d.]+) MB/.exec(last)?.[1]);
	expect(total).toBeGreaterThan(30);
	expect(total).toBeLessThan(60);
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(3);
});
