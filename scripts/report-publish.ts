/**
 * Publishes a report as a self-contained static folder: index.html (charts as inline SVG, tables
 * as HTML) and report.css. Nothing in it needs the engine or the data to be read; it opens from
 * any web server or straight from disk.
 *
 * Usage: npm run report:publish -- <spec.json> <outdir>   (after `npm run build`)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, startPreview } from './lib/preview-server';
import { encodeSpecForLink, parseReportSpec } from '../src/lib/report/spec';

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
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		await page.goto(
			`${server.url}/report?lang=${parsed.spec.lang}#spec=${encodeSpecForLink(parsed.spec)}`
		);
		await page.waitForSelector('.report-doc');
		// Ready when every block is in the document and no chart is still waiting for its data.
		await page.waitForFunction(
			(blocks) =>
				document.querySelectorAll('.report-doc [data-block]').length === blocks &&
				!document.querySelector(
					'.report-doc [aria-busy="true"], .report-doc [data-state="pending"]'
				) &&
				[...document.querySelectorAll('.report-doc figure .body[data-state="ready"]')].every(
					(body) => body.querySelector('svg, table') !== null
				),
			parsed.spec.blocks.length,
			{ timeout: 60_000 }
		);
		await page.waitForTimeout(300);
		const { html, css } = await page.evaluate(snapshot);
		writeFileSync(resolve(out, 'index.html'), html);
		writeFileSync(resolve(out, 'report.css'), css);
		await browser.close();
		console.log(`published ${parsed.spec.blocks.length} blocks to ${out}`);
	} finally {
		server.stop();
	}
}

/** Runs in the page: a clean, static copy of the report document and every style rule. */
function snapshot(): { html: string; css: string } {
	const source = document.querySelector('.report-doc')!;
	const article = source.cloneNode(true) as HTMLElement;
	article
		.querySelectorAll('.no-print, details, .brush, [role="slider"], script')
		.forEach((n) => n.remove());
	article.querySelectorAll('button').forEach((b) => {
		const span = document.createElement('span');
		span.className = b.className;
		span.append(...b.childNodes);
		b.replaceWith(span);
	});
	article.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
	// With nothing focusable left inside, a chart is one image described by its label.
	article
		.querySelectorAll('svg[role="group"][aria-label]')
		.forEach((n) => n.setAttribute('role', 'img'));
	article.querySelectorAll('[aria-busy]').forEach((n) => n.removeAttribute('aria-busy'));
	article.querySelectorAll('a[href^="/"]').forEach((a) => a.removeAttribute('href'));
	const doc = document.implementation.createHTMLDocument(
		source.querySelector('[data-testid="report-title"]')?.textContent ?? 'Report'
	);
	doc.documentElement.lang = source.getAttribute('lang') ?? 'en';
	const meta = doc.createElement('meta');
	meta.setAttribute('name', 'viewport');
	meta.setAttribute('content', 'width=device-width, initial-scale=1');
	const charset = doc.createElement('meta');
	charset.setAttribute('charset', 'utf-8');
	const link = doc.createElement('link');
	link.rel = 'stylesheet';
	link.href = 'report.css';
	doc.head.prepend(charset);
	doc.head.append(meta, link);
	const main = doc.createElement('main');
	main.className = 'published-report';
	main.append(doc.importNode(article, true));
	doc.body.append(main);
	const css = [...document.styleSheets, ...document.adoptedStyleSheets]
		.flatMap((sheet) => {
			try {
				return [...sheet.cssRules].map((r) => r.cssText);
			} catch {
				return [];
			}
		})
		.join('\n');
	const published = `\n.published-report { max-width: 230mm; margin: 0 auto; padding: 1rem; }\n`;
	return { html: `<!doctype html>\n${doc.documentElement.outerHTML}\n`, css: css + published };
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
