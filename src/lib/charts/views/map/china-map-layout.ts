/**
 * Geometry of the China map: an equal-area conic projection (central meridian 105°E, standard
 * parallels 25°N and 47°N, the usual choice for maps of China) fitted to the mainland, with the
 * South China Sea islands in an inset at the lower right as Chinese maps show them, and a line of
 * room under the map for the inset's name when it is wider than the inset. Pure.
 */
import { geoConicEqualArea, scaleSqrt, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';
import { fitProjection, type GeoSpec } from '../../geo';
import type { Box } from '../../guides/label-placement';

const corners = (w: number, s: number, e: number, n: number): MultiPoint => ({
	type: 'MultiPoint',
	coordinates: [w, (w + e) / 2, e].flatMap((lon) => [
		[lon, s],
		[lon, n]
	])
});
/** The main map shows the mainland, Hainan and Taiwan. */
export const MAIN_EXTENT = corners(73, 17.5, 135.5, 54);
/** The inset shows the South China Sea down to the southernmost islands. */
export const INSET_EXTENT = corners(106, 2.5, 123, 24.5);
/** Pixels under the map for the inset's name. */
export const CAPTION_ROOM = 15;

/** The conic projection every map view uses, before fitting. */
export function chinaProjection(): GeoProjection {
	return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

/** Height for a width: the mainland's extent in this projection is about 0.78 as tall as wide. */
export function mapHeight(width: number): number {
	return Math.round(width * 0.74);
}

export interface ChinaMap {
	readonly width: number;
	/** The map itself; the frame is CAPTION_ROOM taller. */
	readonly plotHeight: number;
	readonly main: GeoSpec;
	readonly inset: Box & { readonly projection: GeoProjection };
}

/** The map for a width in pixels: what the main projection fits, and the inset's box. */
export function chinaMap(width: number): ChinaMap {
	const plotHeight = mapHeight(width);
	const iw = Math.round(Math.max(64, width * 0.15));
	const ih = Math.round(iw * 1.4);
	const box = { x: width - iw - 6, y: plotHeight - ih - 6, width: iw, height: ih };
	const projection = fitProjection(
		{ projection: chinaProjection, fit: INSET_EXTENT, padding: 3 },
		{ left: box.x, top: box.y, right: box.x + iw, bottom: box.y + ih }
	);
	return {
		width,
		plotHeight,
		main: { projection: chinaProjection, fit: MAIN_EXTENT, padding: 8 },
		inset: { ...box, projection }
	};
}

/** Bubble radius: area proportional to the value, the largest city-month at `maxRadius`. */
export function bubbleRadius(maxValue: number, maxRadius: number) {
	return scaleSqrt()
		.domain([0, Math.max(maxValue, 1e-9)])
		.range([0, maxRadius])
		.clamp(true);
}

/** The largest bubble for a map width: big enough to read, small enough not to bury the coast. */
export function maxBubbleRadius(width: number): number {
	return Math.max(10, Math.min(30, width / 30));
}
