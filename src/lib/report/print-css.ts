/**
 * The @page rules of a printed report: A4 in the chosen orientation, and running header and
 * footer in the page margins (title, data version, sample notice, page n / N). Margin boxes only
 * take literal strings, so the user's title is escaped into a CSS string here.
 */
import { PRINT_COLOURS } from '../charts/palette';

/** Escapes text for a double-quoted CSS string (quotes, backslashes, newlines, angle brackets). */
export function cssString(text: string): string {
	const escaped = text
		.slice(0, 160)
		.replace(/[\\"]/g, (c) => `\\${c}`)
		.replace(/[\n\r\f]/g, ' ')
		.replace(/[<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
	return `"${escaped}"`;
}

export interface PrintCssInput {
	orientation: 'portrait' | 'landscape';
	title: string;
	version: string;
	sampleNote: string;
}

/** The print stylesheet for a report. */
export function printPageCss({ orientation, title, version, sampleNote }: PrintCssInput): string {
	const small = `font-size: 8pt; color: ${PRINT_COLOURS.running}; font-family: system-ui, sans-serif;`;
	return `@page {
	size: A4 ${orientation === 'landscape' ? 'landscape' : 'portrait'};
	margin: 18mm 14mm 20mm 14mm;
	@top-left { content: ${cssString(title)}; ${small} }
	@top-right { content: ${cssString(version)}; ${small} }
	@bottom-left { content: ${cssString(sampleNote)}; ${small} }
	@bottom-right { content: counter(page) " / " counter(pages); ${small} }
}`;
}
