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
		'comparison-places.spec.ts',
		'server-mode.spec.ts'
	],
	// Tests of the pages' own behaviour (URL parsing, zoom, animation, boundary files, 404s) ask the
	// engine nothing new; they run in the in-browser suite, which keeps this one under two minutes.
	grepInvert: new RegExp(
		[
			'own boundaries',
			'playing animates',
			'zoom with the wheel',
			'with reduced motion',
			'hover and keyboard focus',
			'a bad month in the link',
			'without the base map',
			'a report holds the map views',
			'filters live in the URL',
			'a malformed link',
			'small counts read',
			'inferred members say so',
			'an unknown city code',
			'the provenance page lists them'
		].join('|')
	),
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
