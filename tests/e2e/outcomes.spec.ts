/**
 * "What did each phase change?" as an analyst reads it on /timeline: the page's estimate equals
 * the estimator run in Node on the same built data (and holds what the data's own channel split
 * says joining added), the three views order the phases alike, the month range and the phase
 * filter change what is shown, and the estimates download.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, openTable, waitForAnswers } from './fixtures';
import { enableTestHooks } from './routes';
import { estimateRows } from '../../src/lib/analysis/did';
import { addMonths } from '../../src/lib/model/months';
import { cohortJoinMonths, nodeEstimate, realisedEffects } from '../helpers/independent-outcomes';

const COHORTS = ['c37', 'c86', 'call'] as const;

async function ready(page: Page) {
	await expect(page.locator('[data-testid="outcome-answers"] li').first()).toBeVisible();
	await expect(page.locator('[data-chart="event-time"] path.line')).toHaveCount(1);
}

const answer = (page: Page, id: string) =>
	page.locator(`[data-testid="outcome-answers"] li[data-phase="${id}"]`);
const num = async (page: Page, id: string, attr: string) =>
	Number(await answer(page, id).getAttribute(`data-${attr}`));
const growthCell = (page: Page, id: string) =>
	page.locator(`[data-testid="growth-table"] tr[data-phase="${id}"] td[data-field="estimate"]`);

test('the page’s estimate is the estimator’s on the same data, and holds what joining added', async ({
	page
}) => {
	const [r, realised] = await Promise.all([nodeEstimate(), realisedEffects()]);
	await page.goto('/timeline');
	await ready(page);
	for (const a of [...r.phases, r.overall]) {
		if (!a.effect.ok) throw new Error(`${a.id} not estimable in Node`);
		expect(await num(page, a.id, 'estimate')).toBeCloseTo(a.effect.estimate, 9);
		expect(await num(page, a.id, 'lower')).toBeCloseTo(a.effect.lower!, 9);
		expect(await num(page, a.id, 'upper')).toBeCloseTo(a.effect.upper!, 9);
	}
	for (const c of COHORTS) {
		const truth = realised.get(c)!;
		expect(truth, c).toBeGreaterThan(await num(page, c, 'lower'));
		expect(truth, c).toBeLessThan(await num(page, c, 'upper'));
	}
	const ms = await page.getByTestId('outcome-timing').getAttribute('data-ms');
	console.log(`estimate in Chromium: ${Number(ms).toFixed(0)} ms`);

	// The event-time twin and the group × month table hold the same numbers, read as changes.
	const all = r.event.find((s) => s.id === 'all')!;
	const at6 = all.points.find((p) => p.e === 6)!.result;
	if (!at6.ok) throw new Error('e = 6 not estimable');
	await openTable(page, 'event-time');
	const e6 = page.locator(
		'[data-testid="event-time-table"] tr[data-e="6"] td[data-field="estimate"]'
	);
	expect(Number(await e6.getAttribute('data-value'))).toBeCloseTo(Math.expm1(at6.estimate), 9);
	const cell = r.cells.find((c) => c.group === '2020-01' && c.month === '2020-06')!.result;
	if (!cell.ok) throw new Error('cell not estimable');
	const td = page.locator(
		'[data-testid="group-time-table"] tr[data-group="2020-01"][data-month="2020-06"] td[data-field="estimate"]'
	);
	expect(Number(await td.getAttribute('data-value'))).toBeCloseTo(Math.expm1(cell.estimate), 9);
	// The 2016 joiners have four months before joining: said once, with the reason.
	await expect(page.locator('[data-unestimable="2016-05"]')).toContainText('only 4 months');
});

test('the three views order the phases alike: index line, raw event study, estimate', async ({
	page
}) => {
	const joined = await cohortJoinMonths();
	await page.goto('/timeline?scale=index');
	await ready(page);
	await expect(page.locator('[data-chart="timeline"] path.line')).toHaveCount(3);
	const order = (values: Record<string, number>) =>
		[...COHORTS].sort((a, b) => values[b]! - values[a]!).join(' > ');
	const value = async (selector: string) =>
		Number(await page.locator(selector).getAttribute('data-value'));

	await openTable(page, 'timeline');
	await openTable(page, 'event-study');
	const estimate: Record<string, number> = {};
	const index: Record<string, number> = {};
	const study: Record<string, number> = {};
	for (const c of COHORTS) {
		estimate[c] = Number(await growthCell(page, c).getAttribute('data-value'));
		expect(await num(page, c, 'estimate')).toBeCloseTo(Math.log1p(estimate[c]!), 9);
		// The index line: each cohort's mean over the 12 months from when its last places joined.
		let sum = 0;
		for (let m = 0; m < 12; m++) {
			const month = addMonths(joined.get(c)!, m);
			sum += await value(
				`[data-testid="timeline-table"] tr[data-month="${month}"] td[data-cohort="${c}"]`
			);
		}
		index[c] = sum / 12;
		// The raw event study: the mean index of months 0…11 since joining.
		sum = 0;
		for (let k = 0; k < 12; k++) {
			sum += await value(
				`[data-testid="event-study-table"] tr[data-k="${k}"] td[data-series="${c}:y"]`
			);
		}
		study[c] = sum / 12;
	}
	expect(order(estimate)).toBe('c37 > c86 > call');
	expect(order(index)).toBe(order(estimate));
	expect(order(study)).toBe(order(estimate));
	await expect(page.locator('[data-chart="event-study"] h2')).toContainText('descriptive');
});

test('the month range is the estimate’s window: a start in 2018 cuts the 2018 joiners’ base', async ({
	page
}) => {
	const [whole, cut] = await Promise.all([nodeEstimate(), nodeEstimate({ from: '2018-01' })]);
	await page.goto('/timeline?from=2018-01');
	await ready(page);
	await expect(page.getByTestId('outcome-months')).toContainText('Jan 2018');
	const c37 = cut.phases.find((p) => p.id === 'c37')!;
	const before = whole.phases.find((p) => p.id === 'c37')!;
	if (!c37.effect.ok || !before.effect.ok) throw new Error('c37 not estimable');
	expect(c37.groups).toEqual(['2019-01']);
	expect(await num(page, 'c37', 'estimate')).toBeCloseTo(c37.effect.estimate, 9);
	expect(Math.abs(c37.effect.estimate - before.effect.estimate)).toBeGreaterThan(1e-3);
	await expect(answer(page, 'c37')).toContainText('choose an earlier start');
	// The growth table follows the same range.
	expect(Number(await growthCell(page, 'c37').getAttribute('data-value'))).toBeCloseTo(
		Math.expm1(c37.effect.estimate),
		9
	);
});

test('the estimate runs in a worker; a brush drag keeps it where the drag began and says so; released, it is re-estimated', async ({
	page
}) => {
	await enableTestHooks(page, { keepQueryLog: true });
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.goto('/timeline');
	await ready(page);
	await waitForAnswers(page);
	// The bootstrap runs in its own worker, not on the page's thread.
	expect(workers.some((u) => /estimate\.worker/.test(u))).toBe(true);
	const months = page.getByTestId('outcome-months');
	const before = await months.innerText();
	const sent = () =>
		page.evaluate(
			() =>
				(window as unknown as { __pilotAtlas: { queryLog: unknown[] } }).__pilotAtlas.queryLog
					.length
		);
	const overlay = page.locator('[data-chart="timeline"] g.brush .overlay');
	const box = (await overlay.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.4, y);
	await page.mouse.down();
	const atStart = await sent();
	await page.mouse.move(box.x + box.width * 0.7, y, { steps: 10 });
	await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
	// Mid-drag: the period summary follows, the estimate holds, says so, and asks the engine nothing.
	await expect(page.locator('[data-chart="outcomes"]')).toContainText(
		'Estimated for the months chosen before this drag'
	);
	await expect(months).toHaveText(before);
	await expect(page.locator('[data-chart="outcomes"]')).toHaveAttribute('aria-busy', 'false');
	expect(await sent()).toBe(atStart);

	await page.mouse.up();
	const params = new URL(page.url()).searchParams;
	const range = { from: params.get('from')!, to: params.get('to')! };
	const r = await nodeEstimate(range);
	await expect(months).not.toHaveText(before);
	await expect(page.locator('[data-chart="outcomes"]')).not.toContainText(
		'Estimated for the months chosen before this drag'
	);
	await expect
		.poll(() => num(page, 'all', 'estimate'))
		.toBeCloseTo(r.overall.effect.ok ? r.overall.effect.estimate : NaN, 9);
});

test('the phase filter changes the answers and the labels', async ({ page }) => {
	await page.goto('/timeline?phase=t2016');
	await expect(answer(page, 'c37')).toHaveAttribute('data-estimable', 'false');
	await expect(answer(page, 'c37')).toContainText('only 4 months of data before joining');
	await expect(page.locator('[data-testid="outcome-answers"] li')).toHaveCount(2);
	await expect(page.locator('[data-chart="event-study"]')).toContainText('Transitional 10');

	// As a user does it: from all phases, tick one chip; the answer follows (never the last one's).
	const r = await nodeEstimate({ phases: ['p2020'] });
	const c86 = r.phases.find((p) => p.id === 'c86')!;
	if (!c86.effect.ok || !r.overall.effect.ok) throw new Error('c86 not estimable');
	await page.goto('/timeline');
	await ready(page);
	await expect(page.locator('[data-testid="outcome-answers"] li')).toHaveCount(4);
	await page.getByTestId('filter-bar').getByText('86 cities + Hainan (2020)').click();
	await expect(page).toHaveURL(/\?phase=p2020$/);
	await expect(page.locator('[data-testid="outcome-answers"] li')).toHaveCount(2);
	await expect(answer(page, 'c86')).toContainText('(25 of 25 places)');
	await expect.poll(() => num(page, 'all', 'estimate')).toBeCloseTo(r.overall.effect.estimate, 9);
	expect(await num(page, 'c86', 'estimate')).toBeCloseTo(c86.effect.estimate, 9);
	await page.reload();
	await ready(page);
	expect(await num(page, 'all', 'estimate')).toBeCloseTo(r.overall.effect.estimate, 9);
});

const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

test('the estimates download as CSV with their provenance', async ({ page }) => {
	const r = await nodeEstimate();
	await page.goto('/timeline');
	await ready(page);
	const downloads: Download[] = [];
	page.on('download', (d) => downloads.push(d));
	await page.locator('[data-export="outcomes"] button[data-format="csv"]').click();
	await expect.poll(() => downloads.length).toBe(2);
	const [csv, sidecar] = downloads;
	const lines = (await text(csv!)).trim().split('\n');
	expect(lines).toHaveLength(estimateRows(r).length + 1);
	expect(lines[0]).toContain('estimate');
	if (!r.overall.effect.ok) throw new Error('overall');
	const overall = lines.find((l) => l.replace(/^\uFEFF/, '').startsWith('overall,'))!;
	expect(overall).toContain(String(r.overall.effect.estimate).slice(0, 8));
	const p = JSON.parse(await text(sidecar!));
	expect(p.sql).toContain('estimated in the browser');
	expect(p.notice).toContain('Sample data');
});
