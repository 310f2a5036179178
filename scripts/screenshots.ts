/**
 * Screenshots of every page from the production build, for the README and for looking at what an
 * analyst sees. Run `npm run build` first; this starts `vite preview` itself.
 * Usage: tsx scripts/screenshots.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, startPreview } from './lib/preview-server';

const OUT = resolve(process.argv[2] ?? 'docs/screenshots');
const PORT = Number(process.env.PA_PORT ?? 4173) + 6;
const PAGES = [
	{ path: '/', name: 'overview', ready: '[data-testid="phase-card"]' },
	{ path: '/timeline', name: 'timeline', ready: '[data-chart="timeline"] path.line' },
	{ path: '/map?month=2021-06', name: 'map', ready: '[data-chart="expansion-map"] [data-bubble]' },
	{ path: '/city/330100', name: 'city', ready: '[data-chart="city-series"] path.line' },
	{ path: '/categories', name: 'categories', ready: '[data-chart="category-channel"] svg rect' },
	{ path: '/compliance', name: 'compliance', ready: '[data-chart="compliance-funnel"] svg circle' },
	{
		path: '/compliance?lang=zh&phase=p2021&from=2021-03&to=2021-08&cat=beauty',
		name: 'compliance-zh',
		ready: '[data-chart="compliance-funnel"] svg circle'
	},
	{ path: '/data', name: 'data', ready: '[data-testid="browse"] [role="gridcell"]' },
	{ path: '/about/data', name: 'about-data', ready: '[data-testid="data-version"]' }
];

async function main() {
	mkdirSync(OUT, { recursive: true });
	const server = await startPreview(PORT);
	try {
		const browser = await chromium.launch(CHROMIUM);
		const page = await browser.newPage({
			viewport: { width: 1280, height: 900 },
			deviceScaleFactor: 1
		});
		page.on('pageerror', (e) => console.log('pageerror:', e.message));
		for (const p of PAGES) {
			await page.goto(`${server.url}${p.path}`);
			await page.waitForSelector(p.ready, { timeout: 30_000 });
			await page.waitForTimeout(300);
			await page.screenshot({ path: resolve(OUT, `${p.name}.png`), fullPage: true });
			console.log(`wrote ${p.name}.png`);
		}
		await browser.close();
	} finally {
		server.stop();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
