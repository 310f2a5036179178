/**
 * Puts a report's @page rules into the document while the report is shown. @page cannot be scoped
 * to a component; a constructed stylesheet (CSSOM) carries it, which the CSP allows where an inline
 * <style> element would be blocked.
 */
import type { Attachment } from 'svelte/attachments';

/** Adopts a stylesheet whose rules follow `css()`, for as long as the element is attached. */
export function printStyle(css: () => string): Attachment {
	return () => {
		const sheet = new CSSStyleSheet();
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		$effect(() => {
			sheet.replaceSync(css());
		});
		return () => {
			document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
		};
	};
}
