import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Server mode in CI: the analysis pages' browser tests against `npm run serve` over a small
// generated Parquet folder (declaration batches, summed by the server), plus server-mode checks.
// Its own port (PA_PORT + 1), so it can run beside the in-browser suite's preview server.
const PORT = Number(process.env.PA_PORT ?? 4173) + 1;
const URL = `http://127.0.0.1:${PORT}`;
const DATA = 'server-data/ci';

export default defineConfig({
	...base,
	testIgnore: [],
	testMatch: [
		'timeline.spec.ts',
		'map.spec.ts',
		'categories.spec.ts',
		'compliance.spec.ts',
		'city.spec.ts',
		'server-mode.spec.ts'
	],
	reporter: [['list'], ['json', { outputFile: 'reports/playwright-server.json' }]],
	use: { ...base.use, baseURL: URL },
	webServer: {
		command:
			`npx tsx scripts/generate-data.ts --format parquet --scale 500k --out ${DATA} && ` +
			`npx tsx server/main.ts --data ${DATA} --port ${PORT}`,
		url: `${URL}/api/v1/health`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
