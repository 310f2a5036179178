/**
 * Tells the page that frames this embed how tall it is (a `pilot-atlas:height` message, which
 * the embed code's script accepts from this origin only), whenever its content changes size. The
 * message carries a number and nothing else, so any origin may receive it.
 */
import { HEIGHT_MESSAGE } from '$lib/charts/export/embed-code';

export function reportHeight(element: HTMLElement): () => void {
	if (window.parent === window) return () => {};
	let last = 0;
	const observer = new ResizeObserver(() => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
	});
	observer.observe(element);
	return () => observer.disconnect();
}
