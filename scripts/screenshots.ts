/**
 * Screenshots of every page from the production build, for the README and for looking at what an
 * analyst sees. Run `npm run build` first; this starts `vite preview` itself.
 * Usage: tsx scripts/screenshots.ts [outDir]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const OUT = resolve(process.argv[2] ?? 'docs/screenshots');
const PORT = Number(process.env.PA_PORT ?? 4173) + 6;
const PAGES = [
	{ path: '/', name: 'overview', ready: '[data-testid="phase-card"]' },
	{ path: '/timeline', name: 'timeline', ready: '[data-chart="timeline"] path.line' },
	{ path: '/city/330100', name: 'city', ready: '[data-chart="city-series"] path.line' },
	{ path: '/data', name: 'data', ready: '[data-testid="browse"] [role="gridcell"]' },
	{ path: '/about/data', name: 'about-data', ready: '[data-testid="data-version"]' }
];

async function main() {
	mkdirSync(OUT, { recursive: true });
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		await waitForServer(`http://127.0.0.1:${PORT}/`);
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
		});
		const page = await browser.newPage({
			viewport: { width: 1280, height: 900 },
			deviceScaleFactor: 1
		});
		page.on('console', (m) => console.log('console:', m.text()));
		page.on('pageerror', (e) => console.log('pageerror:', e.message));
		for (const p of PAGES) {
			await page.goto(`http://127.0.0.1:${PORT}${p.path}`);
			await page.waitForSelector(p.ready, { timeout: 30_000 });
			await page.waitForTimeout(300);
			await page.screenshot({ path: resolve(OUT, `${p.name}.png`), fullPage: true });
			console.log(`wrote ${p.name}.png`);
		}
		await browser.close();
	} finally {
		// npx starts vite as a child: end the whole process group, or the old build keeps serving.
		try {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
}

async function waitForServer(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview server did not start at ${url}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
