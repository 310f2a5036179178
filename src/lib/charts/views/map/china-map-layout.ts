/**
 * Geometry of the China map: an equal-area conic projection (central meridian 105°E, standard
 * parallels 25°N and 47°N, the usual choice for maps of China) fitted to the mainland, with the
 * South China Sea islands in an inset at the lower right as Chinese maps show them.
 */
import { geoConicEqualArea, geoPath, scaleSqrt, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';

export interface LandPath {
	id: string;
	china: boolean;
	d: string;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChinaMapLayout {
	width: number;
	height: number;
	land: LandPath[];
	inset: Box & { land: LandPath[] };
	/** Screen position of a longitude/latitude in the main map; null if it cannot be projected. */
	project: (lon: number, lat: number) => [number, number] | null;
}

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

/** The conic projection every map view uses, before fitting. */
export function chinaProjection(): GeoProjection {
	return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

/** Height for a width: the mainland's extent in this projection is about 0.78 as tall as wide. */
export function mapHeight(width: number): number {
	return Math.round(width * 0.74);
}

type LandFeature = Feature<Geometry, { china?: boolean } | null>;

/** Paths of the base map and its inset for a width in pixels. */
export function chinaMapLayout(outline: FeatureCollection, width: number): ChinaMapLayout {
	const height = mapHeight(width);
	const main = chinaProjection()
		.fitExtent(
			[
				[8, 8],
				[width - 8, height - 8]
			],
			MAIN_EXTENT
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const iw = Math.round(Math.max(56, width * 0.15));
	const ih = Math.round(iw * 1.4);
	const inset: Box = { x: width - iw - 6, y: height - ih - 6, width: iw, height: ih };
	const insetProjection = chinaProjection()
		.fitExtent(
			[
				[inset.x + 3, inset.y + 3],
				[inset.x + iw - 3, inset.y + ih - 3]
			],
			INSET_EXTENT
		)
		.clipExtent([
			[inset.x, inset.y],
			[inset.x + iw, inset.y + ih]
		]);
	const paths = (projection: GeoProjection) => {
		const path = geoPath(projection);
		return (outline.features as LandFeature[]).map((f) => ({
			id: String(f.id ?? ''),
			china: Boolean(f.properties?.china),
			d: path(f) ?? ''
		}));
	};
	return {
		width,
		height,
		land: paths(main),
		inset: { ...inset, land: paths(insetProjection).filter((p) => p.d) },
		project: (lon, lat) => main([lon, lat])
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
