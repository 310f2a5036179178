/**
 * The report rendered in its own language in a hidden same-origin frame, for printing or
 * publishing a report whose language is not the reader's interface language (the reader's page
 * and remembered choice stay as they are).
 */
import { resolve } from '$app/paths';
import { encodeSpecForLink, type ReportSpec } from '$lib/report/spec';

export interface ReportFrame {
	readonly document: Document;
	readonly window: Window;
	remove(): void;
}

/** Opens `/report?lang=…#spec=…` in an invisible frame and resolves when its page has loaded. */
export function openReportFrame(spec: ReportSpec): Promise<ReportFrame> {
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	frame.title = spec.title;
	// Off screen but laid out at a desktop width, so charts draw as they would on the page.
	Object.assign(frame.style, {
		position: 'fixed',
		left: '-10000px',
		top: '0',
		width: '1200px',
		height: '900px',
		border: '0'
	});
	frame.src = `${resolve('/report')}?lang=${spec.lang}#spec=${encodeSpecForLink(spec)}`;
	return new Promise((done, fail) => {
		frame.addEventListener('load', () => {
			const win = frame.contentWindow;
			const doc = frame.contentDocument;
			if (!win || !doc) fail(new Error('The report frame did not open.'));
			else done({ document: doc, window: win, remove: () => frame.remove() });
		});
		document.body.append(frame);
	});
}
