/**
 * Ring winding for d3-geo. d3 reads a polygon's outer ring as clockwise (its spherical area is
 * the smaller side), while RFC 7946 GeoJSON winds outer rings counter-clockwise: drawn as is, such
 * a ring becomes the whole globe minus the polygon. Each ring is tested on its own, so files with
 * any (or mixed) winding come out right.
 */
import { geoArea } from 'd3';
import type { Geometry, Polygon, Position } from 'geojson';

const HEMISPHERE = 2 * Math.PI;

/** The spherical area (steradians) a ring encloses when read the way d3 reads it. */
function ringArea(ring: Position[]): number {
	return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/** One polygon's rings, outer ring clockwise and holes counter-clockwise, as d3 wants. */
export function rewindPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => {
		const large = ringArea(ring) > HEMISPHERE;
		// An outer ring must enclose the small side; a hole must enclose the large side.
		const flip = i === 0 ? large : !large;
		return flip ? [...ring].reverse() : ring;
	});
}

/** A geometry with every polygon rewound for d3-geo; other geometry types pass unchanged. */
export function rewindGeometry<G extends Geometry>(geometry: G): G {
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
		case 'GeometryCollection':
			return { ...geometry, geometries: geometry.geometries.map(rewindGeometry) };
		default:
			return geometry;
	}
}

/** True when every polygon of the geometry covers less than a hemisphere (as d3 reads it). */
export function isD3Wound(geometry: Geometry): boolean {
	const polygons: Position[][][] =
		geometry.type === 'Polygon'
			? [geometry.coordinates]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates
				: [];
	return polygons.every(
		(p) => geoArea({ type: 'Polygon', coordinates: p } satisfies Polygon) <= HEMISPHERE
	);
}
