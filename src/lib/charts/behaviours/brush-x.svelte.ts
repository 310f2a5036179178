/**
 * A horizontal d3 brush as a Svelte attachment. d3-brush needs a node of its own (it draws its
 * overlay and handles), so it gets one <g>; the selection itself lives in the URL, and the brush
 * follows it unless the user is dragging.
 */
import { brushX, select, type D3BrushEvent } from 'd3';
import type { Attachment } from 'svelte/attachments';

export interface BrushOptions {
	readonly extent: [[number, number], [number, number]];
	/** The selection in pixels, or null for none. */
	readonly selection: [number, number] | null;
	/** Pixels of the new selection (null when cleared); `final` at the end of a gesture. */
	onbrush(selection: [number, number] | null, final: boolean): void;
}

/** Attaches a brush to a <g>; `options` is read reactively. */
export function brushAttachment(options: () => BrushOptions): Attachment<SVGGElement> {
	return (node) => {
		const g = select(node);
		const brush = brushX<unknown>();
		let dragging = false;
		brush.on('start brush end', (event: D3BrushEvent<unknown>) => {
			if (!event.sourceEvent) return; // a programmatic move, not the user
			dragging = event.type !== 'end';
			const sel = event.selection as [number, number] | null;
			options().onbrush(sel, event.type === 'end');
		});
		$effect(() => {
			const { extent, selection } = options();
			brush.extent(extent);
			g.call(brush);
			if (!dragging) g.call(brush.move, selection);
		});
		return () => {
			brush.on('start brush end', null);
			g.on('.brush', null);
			g.selectAll('*').remove();
		};
	};
}
