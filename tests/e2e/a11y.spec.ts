/**
 * axe-core on every page (tests/e2e/routes.ts), light and dark, data loaded and chart tables open:
 * zero serious or critical violations of WCAG 2.x A/AA.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { ROUTES } from './routes';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

for (const scheme of ['light', 'dark'] as const) {
	for (const route of ROUTES) {
		test(`${route.name} (${scheme}) has no serious or critical axe violations`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.goto(route.path);
			await expect(page.locator(route.ready).first()).toBeAttached();
			await expect(page.getByTestId('engine-status')).toHaveCount(0);
			// Open every table twin so its contents are checked too.
			for (const twin of await page.locator('details.twin').all())
				await twin.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			// Evaluated through the debugger protocol, so the page's CSP does not apply to it.
			await page.evaluate(AXE_SOURCE);
			const violations = (await page.evaluate(async () => {
				const axe = (
					window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }
				).axe;
				const result = await axe.run({
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
				});
				return result.violations;
			})) as AxeViolation[];
			const serious = violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => ({
					id: v.id,
					help: v.help,
					nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
				}));
			expect(serious).toEqual([]);
		});
	}
}
