/**
 * Reads an analyst's boundary file: GeoJSON (FeatureCollection, Feature or bare geometry) or
 * TopoJSON (every object with polygons). Returns polygon features rewound for d3-geo, or throws a
 * `BoundaryFileError` whose message says what is wrong in words an analyst can act on.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { rewindGeometry } from './rewind';

export class BoundaryFileError extends Error {
	override name = 'BoundaryFileError';
}

export type PolygonFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** Larger files are refused before parsing: the browser would stall on them. */
export const MAX_BOUNDARY_BYTES = 60 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses the text of a GeoJSON or TopoJSON file into rewound polygon features. */
export function readBoundaryText(text: string): {
	format: 'GeoJSON' | 'TopoJSON';
	features: PolygonFeature[];
} {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BoundaryFileError('The file is not valid JSON, so it cannot be GeoJSON or TopoJSON.');
	}
	if (!isObject(json) || typeof json.type !== 'string')
		throw new BoundaryFileError(
			'The file is JSON but has no "type": it is not GeoJSON or TopoJSON.'
		);
	const format = json.type === 'Topology' ? 'TopoJSON' : 'GeoJSON';
	const all = format === 'TopoJSON' ? fromTopology(json) : fromGeoJson(json);
	const features = all.filter(isPolygonFeature).map((f) => ({
		...f,
		properties: isObject(f.properties) ? f.properties : {},
		geometry: rewindGeometry(f.geometry)
	}));
	if (features.length === 0)
		throw new BoundaryFileError(
			`The ${format} file holds no polygons: boundaries must be Polygon or MultiPolygon features.`
		);
	for (const f of features) checkCoordinates(f.geometry);
	return { format, features };
}

function fromTopology(json: Record<string, unknown>): Feature[] {
	if (!isObject(json.objects) || !Array.isArray(json.arcs))
		throw new BoundaryFileError('The TopoJSON file has no "objects" or no "arcs".');
	const topology = json as unknown as Topology;
	try {
		return Object.values(topology.objects).flatMap((object) => {
			const out = topoFeature(topology, object) as Feature | FeatureCollection;
			return out.type === 'FeatureCollection' ? out.features : [out];
		});
	} catch (error) {
		throw new BoundaryFileError(`The TopoJSON file could not be decoded (${String(error)}).`);
	}
}

function fromGeoJson(json: Record<string, unknown>): Feature[] {
	if (json.type === 'FeatureCollection') {
		if (!Array.isArray(json.features))
			throw new BoundaryFileError('The FeatureCollection has no "features" list.');
		return json.features.filter(isObject) as unknown as Feature[];
	}
	if (json.type === 'Feature') return [json as unknown as Feature];
	if ('coordinates' in json)
		return [{ type: 'Feature', properties: {}, geometry: json as unknown as Geometry }];
	throw new BoundaryFileError(`"${json.type}" is not a GeoJSON or TopoJSON type.`);
}

function isPolygonFeature(f: Feature): f is PolygonFeature {
	return (
		isObject(f.geometry) && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
	);
}

/** Coordinates must be longitude/latitude in degrees: projected files (metres) are refused. */
function checkCoordinates(geometry: Polygon | MultiPolygon) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	for (const ring of polygons.flat()) {
		if (!Array.isArray(ring) || ring.length < 4)
			throw new BoundaryFileError('A polygon ring has fewer than four positions.');
		for (const p of ring) {
			const [lon, lat] = p as number[];
			if (
				!Number.isFinite(lon) ||
				!Number.isFinite(lat) ||
				Math.abs(lon!) > 180 ||
				Math.abs(lat!) > 90
			)
				throw new BoundaryFileError(
					'Coordinates must be longitude and latitude in degrees (WGS84); this file has values ' +
						'outside ±180/±90, perhaps a projected map in metres.'
				);
		}
	}
}
