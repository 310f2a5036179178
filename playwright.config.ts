import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; the flags keep it from dialling out (closed network).
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

// PA_PORT lets several checkouts (git worktrees) run their browser tests side by side.
const PORT = Number(process.env.PA_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Runs against `npm run serve` only (playwright.server.config.ts).
	testIgnore: ['server-mode.spec.ts'],
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	// Two: each test waits on its own engine (a worker thread) much of the time; measured 9.9 → 7.7 min.
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS
		},
		timezoneId: 'UTC',
		locale: 'en-GB',
		viewport: { width: 1280, height: 900 },
		trace: 'off'
	},
	// The built site as a static host serves it (npm run preview: precompressed files, wasm type).
	webServer: {
		command: `npx tsx scripts/preview.ts --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
