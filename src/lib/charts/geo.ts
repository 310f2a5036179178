/**
 * The geographic frame: a projection fitted to what must fill the plot takes the place of the x
 * and y scales, so marks on longitude and latitude (Dot, Geo) are drawn where they are. A zoom
 * view (scale k, then translate) moves everything drawn on the map at once. Pure: d3 computes.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';

export interface GeoSpec {
	/** A new, unfitted projection (the frame fits it to the plot). */
	readonly projection: () => GeoProjection;
	/** What must fill the plot: extent points, or the features themselves. */
	readonly fit: GeoPermissibleObjects;
	/** Pixels kept free inside the plot's edges. */
	readonly padding?: number;
}

export interface Rect {
	readonly left: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
}

/** A zoom view: screen = k × point + (x, y), as d3-zoom's transform. */
export interface View {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

export const IDENTITY_VIEW: View = { k: 1, x: 0, y: 0 };

/** The projection fitted into `plot` (less the padding) and clipped to it. */
export function fitProjection(spec: GeoSpec, plot: Rect): GeoProjection {
	const pad = spec.padding ?? 0;
	return spec
		.projection()
		.fitExtent(
			[
				[plot.left + pad, plot.top + pad],
				[plot.right - pad, plot.bottom - pad]
			],
			spec.fit
		)
		.clipExtent([
			[plot.left, plot.top],
			[plot.right, plot.bottom]
		]);
}

/** A point of the unzoomed map where the view shows it. */
export function applyView(view: View, x: number, y: number): { x: number; y: number } {
	return { x: x * view.k + view.x, y: y * view.k + view.y };
}

/** The SVG transform of a view. */
export function viewTransform(view: View): string {
	return `translate(${view.x},${view.y}) scale(${view.k})`;
}

/** A longitude/latitude box, in degrees. */
export interface GeoBox {
	readonly west: number;
	readonly south: number;
	readonly east: number;
	readonly north: number;
}

export interface ScreenBox {
	readonly x0: number;
	readonly y0: number;
	readonly x1: number;
	readonly y1: number;
}

/**
 * The screen box of a longitude/latitude box under a projection, from its corners and edge
 * midpoints (a conic projection bends the edges); null when nothing of it can be projected.
 */
export function projectBox(
	box: GeoBox,
	project: (lon: number, lat: number) => [number, number] | null
): ScreenBox | null {
	const lons = [box.west, (box.west + box.east) / 2, box.east];
	const lats = [box.south, (box.south + box.north) / 2, box.north];
	const points = lons.flatMap((lon) =>
		lats.flatMap((lat): [number, number][] => {
			const p = project(lon, lat);
			return p ? [p] : [];
		})
	);
	if (points.length === 0) return null;
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * The view that centres a screen box and fits it into a `width` × `height` map, zoomed between
 * 1 and `maxK`, and kept inside the map (as d3-zoom's translate extent would).
 */
export function fitView(box: ScreenBox, width: number, height: number, maxK: number): View {
	const bw = Math.max(1, box.x1 - box.x0);
	const bh = Math.max(1, box.y1 - box.y0);
	const k = Math.max(1, Math.min(maxK, width / bw, height / bh));
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	const x = Math.min(0, Math.max(width - width * k, width / 2 - k * cx));
	const y = Math.min(0, Math.max(height - height * k, height / 2 - k * cy));
	return { k, x, y };
}
