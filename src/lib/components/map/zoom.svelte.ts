/**
 * Zoom and pan for the map, in ONE attachment: d3-zoom listens on the <svg> and reports its
 * transform; Svelte applies it to the map group. The attachment removes its listeners on cleanup.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Attachment } from 'svelte/attachments';

export class MapZoom {
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	#node: SVGSVGElement | null = null;
	#behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;

	readonly zoomed = $derived(
		this.transform.k !== 1 || this.transform.x !== 0 || this.transform.y !== 0
	);

	/** The attachment for a map of this size (re-attached when the size changes). */
	attach(width: number, height: number): Attachment<SVGSVGElement> {
		return (node) => {
			const behaviour = zoom<SVGSVGElement, unknown>()
				.scaleExtent([1, 8])
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
			return () => {
				select(node).on('.zoom', null);
				this.#node = null;
				this.#behaviour = null;
			};
		};
	}

	/** Back to the whole country. */
	reset(): void {
		if (this.#node && this.#behaviour)
			select(this.#node).call(this.#behaviour.transform, zoomIdentity);
		else this.transform = zoomIdentity;
	}
}
