/**
 * Whether a scrolling box has more than it shows, and where: a table wider than the screen says
 * so (a visible hint and edge shadows) and becomes a keyboard-reachable region.
 */
import type { Attachment } from 'svelte/attachments';

export class Overflow {
	/** Content is wider than the box. */
	x = $state(false);
	/** Content is taller than the box. */
	y = $state(false);

	/** Watches a box's size and its content's size. */
	readonly attach: Attachment<HTMLElement> = (node) => {
		const measure = () => {
			this.x = node.scrollWidth > node.clientWidth + 1;
			this.y = node.scrollHeight > node.clientHeight + 1;
		};
		measure();
		const observer = new ResizeObserver(measure);
		observer.observe(node);
		if (node.firstElementChild) observer.observe(node.firstElementChild);
		return () => observer.disconnect();
	};
}
