/**
 * Zoom and pan for a frame (a map), in ONE attachment: d3-zoom listens on the <svg> and reports its
 * view; the frame hands the view to its marks. `fit` frames a box once per reason (a filter), so a
 * re-render never undoes the reader's own zooming. The attachment removes its listeners on cleanup.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { fitView, type ScreenBox, type View } from '../geo';

export const MAX_ZOOM = 8;

export class ZoomState {
	view = $state.raw<View>(zoomIdentity);
	#node: SVGSVGElement | null = null;
	#behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	/** What the last fit was for. */
	#fittedFor: string | null = null;

	readonly zoomed = $derived(this.view.k !== 1 || this.view.x !== 0 || this.view.y !== 0);

	/** The attachment for a frame of this size (re-attached when the size changes). */
	attach(width: number, height: number): Attachment<SVGSVGElement> {
		return (node) => {
			const extent: [[number, number], [number, number]] = [
				[0, 0],
				[width, height]
			];
			const behaviour = zoom<SVGSVGElement, unknown>()
				.scaleExtent([1, MAX_ZOOM])
				.extent(extent)
				.translateExtent(extent)
				.on('zoom', (event: { transform: ZoomTransform }) => (this.view = event.transform));
			select(node).call(behaviour);
			this.#node = node;
			this.#behaviour = behaviour;
			// A view set before the frame was attached (a fit) is d3's starting point too.
			if (this.zoomed) select(node).call(behaviour.transform, this.#transform(this.view));
			return () => {
				select(node).on('.zoom', null);
				this.#node = null;
				this.#behaviour = null;
			};
		};
	}

	/** Back to the whole map. */
	reset(): void {
		this.#apply(zoomIdentity);
	}

	/**
	 * Fits the view to a screen box once per `key` (what it is for); a null box after a fit goes
	 * back to the whole map. The reader zooms and pans from there as usual.
	 */
	fit(key: string | null, box: ScreenBox | null, width: number, height: number): void {
		if (key === this.#fittedFor) return;
		const wasFitted = this.#fittedFor !== null;
		this.#fittedFor = key;
		if (box) this.#apply(this.#transform(fitView(box, width, height, MAX_ZOOM)));
		else if (wasFitted) this.reset();
	}

	#transform(view: View): ZoomTransform {
		return zoomIdentity.translate(view.x, view.y).scale(view.k);
	}

	#apply(transform: ZoomTransform): void {
		if (this.#node && this.#behaviour)
			select(this.#node).call(this.#behaviour.transform, transform);
		else this.view = transform;
	}
}
