/**
 * Puts a report's @page rules into the document head while the report is shown. @page cannot be
 * scoped to a component, so it lives in one <style> element that this attachment owns.
 */
import type { Attachment } from 'svelte/attachments';

/** Attaches a head <style> whose text follows `css()`. */
export function printStyle(css: () => string): Attachment {
	return () => {
		const style = document.createElement('style');
		style.dataset.reportPrint = '';
		document.head.append(style);
		$effect(() => {
			style.textContent = css();
		});
		return () => style.remove();
	};
}
