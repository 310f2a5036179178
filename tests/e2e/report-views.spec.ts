/**
 * The categories and compliance panels inside a report: each keeps its block's own filters and
 * view parameters, and a compliance view says which of them cannot apply.
 */
import { test, expect } from './fixtures';
import { encodeSpecForLink, type ReportSpec } from '../../src/lib/report/spec';

const spec: ReportSpec = {
	version: 1,
	title: 'Goods and compliance',
	author: 'Test',
	date: '2026-11-27',
	lang: 'en',
	orientation: 'portrait',
	blocks: [
		{
			id: 'v1',
			kind: 'view',
			view: 'category-mix',
			params: 'phase=p2020&sort=infant',
			show: 'chart'
		},
		{
			id: 'v2',
			kind: 'view',
			view: 'compliance-funnel',
			params: 'phase=p2021&ch=1210',
			show: 'both'
		},
		{
			id: 'v3',
			kind: 'view',
			view: 'compliance-type-trend',
			params: 'measure=share',
			show: 'chart'
		}
	]
};

test('category and compliance views keep their own filters in a report', async ({ page }) => {
	await page.goto(`/report#spec=${encodeSpecForLink(spec)}`);
	const mix = page.locator('[data-chart="category-mix"]');
	// One bar per group shown (86 cities + Hainan and the nation), each with its infant segment.
	await expect(mix.locator('rect[data-category="infant"]')).toHaveCount(2);
	await expect(mix.locator('rect[data-category="infant"]').first()).toHaveAttribute(
		'data-grp',
		'c86'
	);
	const funnel = page.locator('[data-chart="compliance-funnel"]');
	await expect(funnel.locator('svg .point').first()).toBeVisible();
	await expect(funnel).toContainText('the channel filter does not apply');
	await expect(funnel.locator('.twin-open table')).toBeVisible();
	const types = page.locator('[data-chart="compliance-type-trend"]');
	await expect(types).toContainText('Value of the orders involved');
});
