/**
 * A rendered report as a static page: a clean copy of the report document (charts as inline SVG,
 * tables as HTML, no control, no script) and every style rule of the page, as index.html and
 * report.css. The in-page Publish button and `npm run report:publish` both use it.
 */

export interface StaticReport {
	readonly html: string;
	readonly css: string;
}

/** What cannot work without the app: controls, disclosures, overlays for pointer and keyboard. */
const DROP = [
	'.no-print',
	'details',
	'.brush',
	'[role="slider"]',
	'script',
	'input',
	'select',
	'textarea',
	'.chart-export'
].join(', ');

function stripControls(article: HTMLElement): void {
	// A label or fieldset around a control (scale switches, the month slider) goes with it.
	article.querySelectorAll('label, fieldset').forEach((n) => {
		if (n.querySelector('input, select, textarea')) n.remove();
	});
	article.querySelectorAll(DROP).forEach((n) => n.remove());
	// Legend entries are buttons on screen; in print they are words. Other buttons go.
	article.querySelectorAll('button').forEach((b) => {
		if (!b.closest('.legend')) {
			b.remove();
			return;
		}
		const span = b.ownerDocument.createElement('span');
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
	// Links into the app go nowhere in a folder on disk.
	article.querySelectorAll('a[href^="/"], a[href^="?"], a[href^="#"]').forEach((a) => {
		a.removeAttribute('href');
	});
}

function styleRules(source: Document): string {
	return [...source.styleSheets, ...source.adoptedStyleSheets]
		.flatMap((sheet) => {
			try {
				return [...sheet.cssRules].map((r) => r.cssText);
			} catch {
				return [];
			}
		})
		.join('\n');
}

/** The report document of `source` (the page, or a frame rendering it) as a static page. */
export function snapshotReport(source: Document): StaticReport {
	const original = source.querySelector('.report-doc');
	if (!original) throw new Error('There is no report on this page.');
	const article = original.cloneNode(true) as HTMLElement;
	stripControls(article);
	const title = original.querySelector('[data-testid="report-title"]')?.textContent ?? 'Report';
	const doc = source.implementation.createHTMLDocument(title);
	doc.documentElement.lang = original.getAttribute('lang') ?? 'en';
	const charset = doc.createElement('meta');
	charset.setAttribute('charset', 'utf-8');
	const viewport = doc.createElement('meta');
	viewport.setAttribute('name', 'viewport');
	viewport.setAttribute('content', 'width=device-width, initial-scale=1');
	const link = doc.createElement('link');
	link.rel = 'stylesheet';
	link.href = 'report.css';
	doc.head.prepend(charset);
	doc.head.append(viewport, link);
	const main = doc.createElement('main');
	main.className = 'published-report';
	main.append(doc.importNode(article, true));
	doc.body.append(main);
	const published = `\n.published-report { max-width: 230mm; margin: 0 auto; padding: 1rem; }\n`;
	return {
		html: `<!doctype html>\n${doc.documentElement.outerHTML}\n`,
		css: styleRules(source) + published
	};
}
