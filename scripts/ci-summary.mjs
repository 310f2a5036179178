// Sums Vitest's and Playwright's JSON reports into the one closing line CI reads:
// "N passed, N failed". A stage that failed before any test ran (type check, lint, build) counts
// as one failure, so a red run can never print "0 failed". Further Playwright reports (the
// server-mode suite) follow the status argument.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, statusArg, ...morePlaywright] = process.argv.slice(2);
const npmStatus = Number(statusArg ?? 1);

function readJson(path) {
	return path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = readJson(vitestPath);
if (vitest) {
	passed += vitest.numPassedTests ?? 0;
	failed += vitest.numFailedTests ?? 0;
	skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

for (const path of [playwrightPath, ...morePlaywright]) {
	const playwright = readJson(path);
	if (!playwright?.stats) continue;
	passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
	failed += playwright.stats.unexpected ?? 0;
	skipped += playwright.stats.skipped ?? 0;
	if ((playwright.errors ?? []).length > 0 && failed === 0) failed += 1;
}

if (npmStatus !== 0 && failed === 0) failed = 1;
if (passed === 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || npmStatus !== 0 ? 1 : 0);
