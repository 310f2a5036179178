/**
 * Builds the app's base map from `@surbowl/world-geo-json-zh` (Unlicense; Natural Earth adjusted
 * to the Chinese standard map): China plus the countries around it, rewound for d3-geo, as one
 * quantised TopoJSON so the browser fetches tens of kilobytes, not the 300 kB world file.
 */
import { geoBounds } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { rewindGeometry } from '../../src/lib/geo/rewind';

type Country = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** Countries whose extent meets this window (lon, lat) are kept as context. */
export const CONTEXT_WINDOW = { west: 68, south: -3, east: 150, north: 60 };
/** Points whose triangle is smaller than this (square degrees) go; rings keep at least four. */
const MIN_WEIGHT = 0.01;
const QUANTIZATION = 1e4;

/** The outline topology: object `land`, one feature per country, id = ISO 3166-1 alpha-2. */
export function buildOutline(world: FeatureCollection): Topology {
	const kept: Country[] = [];
	for (const f of world.features as Country[]) {
		if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
		const geometry = rewindGeometry(f.geometry);
		const [[west, south], [east0, north]] = geoBounds(geometry);
		const east = east0 < west ? east0 + 360 : east0; // crosses the antimeridian (Russia)
		const w = CONTEXT_WINDOW;
		if (west > w.east || east < w.west || south > w.north || north < w.south) continue;
		const iso = String(f.properties?.iso_a2 ?? '');
		kept.push({
			type: 'Feature',
			id: iso,
			properties: { name_zh: String(f.properties?.name ?? ''), china: iso === 'CN' },
			geometry
		});
	}
	if (!kept.some((f) => f.id === 'CN')) throw new Error('The world file has no feature for China');
	const land: FeatureCollection = { type: 'FeatureCollection', features: kept };
	// The typings disagree on the properties type of a topology; the data is the same object.
	type Any = Parameters<typeof quantize>[0];
	const topo = topology({ land }) as unknown as Parameters<typeof presimplify>[0];
	// presimplify decodes the arcs; quantising last writes small integer deltas again.
	return quantize(simplify(presimplify(topo), MIN_WEIGHT) as unknown as Any, QUANTIZATION);
}
