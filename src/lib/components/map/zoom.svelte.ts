/**
 * Zoom and pan for the map, in ONE attachment: d3-zoom listens on the <svg> and reports its
 * transform; Svelte applies it to the map group. The attachment removes its listeners on cleanup.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Attachment } from 'svelte/attachments';
import { fitTransform, MAX_ZOOM, type ScreenBox } from './focus';

export class MapZoom {
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	#node: SVGSVGElement | null = null;
	#behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	/** What the last fit was for, so a re-render does not undo the reader's own zooming. */
	#fittedFor: string | null = null;

	readonly zoomed = $derived(
		this.transform.k !== 1 || this.transform.x !== 0 || this.transform.y !== 0
	);

	/** The attachment for a map of this size (re-attached when the size changes). */
	attach(width: number, height: number): Attachment<SVGSVGElement> {
		return (node) => {
			const behaviour = zoom<SVGSVGElement, unknown>()
				.scaleExtent([1, MAX_ZOOM])
				.extent([
					[0, 0],
					[width, height]
				])
				.translateExtent([
					[0, 0],
					[width, height]
				])
				.on('zoom', (event: { transform: ZoomTransform }) => (this.transform = event.transform));
			select(node).call(behaviour);
			this.#node = node;
			this.#behaviour = behaviour;
			// A fit made before the map was attached becomes d3's starting point too.
			if (this.zoomed) select(node).call(behaviour.transform, this.transform);
			return () => {
				select(node).on('.zoom', null);
				this.#node = null;
				this.#behaviour = null;
			};
		};
	}

	/** Back to the whole country. */
	reset(): void {
		this.#apply(zoomIdentity);
	}

	/**
	 * Fits the view to a box (the filtered provinces), once per `key`; a null box after a fit goes
	 * back to the whole country. The reader can zoom and pan from there as usual.
	 */
	fit(key: string | null, box: ScreenBox | null, width: number, height: number): void {
		if (key === this.#fittedFor) return;
		const wasFitted = this.#fittedFor !== null;
		this.#fittedFor = key;
		if (box) {
			const { k, x, y } = fitTransform(box, width, height);
			this.#apply(zoomIdentity.translate(x, y).scale(k));
		} else if (wasFitted) this.reset();
	}

	#apply(transform: ZoomTransform): void {
		if (this.#node && this.#behaviour)
			select(this.#node).call(this.#behaviour.transform, transform);
		else this.transform = transform;
	}
}
