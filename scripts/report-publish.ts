/**
 * Publishes a report as a self-contained static folder: index.html (charts as inline SVG, tables
 * as HTML) and report.css. Nothing in it needs the engine or the data to be read; it opens from
 * any web server or straight from disk.
 *
 * It is the report page's own Publish button, pressed in headless Chromium against the production
 * build: the zip the page hands over is unpacked into <outdir>, so the folder is exactly the one
 * an analyst downloads.
 *
 * Usage: npm run report:publish -- <spec.json> <outdir>   (after `npm run build`)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, startPreview } from './lib/preview-server';
import { encodeSpecForLink, parseReportSpec } from '../src/lib/report/spec';
import { unzipStaticReport } from '../src/lib/report/folder-zip';

const PORT = Number(process.env.PA_PORT ?? 4173) + 7;

async function main() {
	const [specPath, outArg] = process.argv.slice(2);
	if (!specPath || !outArg) throw new Error('usage: report:publish <spec.json> <outdir>');
	const parsed = parseReportSpec(JSON.parse(readFileSync(specPath, 'utf8')));
	if ('error' in parsed) throw new Error(parsed.error);
	if (!existsSync('build/index.html'))
		throw new Error('No build found: run `npm run build` first.');
	const out = resolve(outArg);
	mkdirSync(out, { recursive: true });

	const server = await startPreview(PORT);
	try {
		const browser = await chromium.launch(CHROMIUM);
		const page = await browser.newPage({
			viewport: { width: 1200, height: 900 },
			acceptDownloads: true
		});
		// The report's own language, so the page needs no frame to render it.
		await page.goto(
			`${server.url}/report?lang=${parsed.spec.lang}#spec=${encodeSpecForLink(parsed.spec)}`
		);
		await page.waitForSelector('.builder[data-ready="true"]');
		const download = page.waitForEvent('download', { timeout: 90_000 });
		await page.getByTestId('report-publish').click();
		const status = page.getByTestId('report-publish-status');
		const outcome = await Promise.race([
			download,
			status
				.and(page.locator('[data-status="error"]'))
				.waitFor({ timeout: 90_000 })
				.then(async () => new Error((await status.textContent()) ?? 'publishing failed'))
		]);
		if (outcome instanceof Error) throw outcome;
		const zip = new Uint8Array(readFileSync(await outcome.path()));
		for (const [path, bytes] of Object.entries(unzipStaticReport(zip)))
			writeFileSync(resolve(out, basename(path)), bytes);
		await browser.close();
		console.log(`published ${parsed.spec.blocks.length} blocks to ${out}`);
	} finally {
		server.stop();
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
