/** An analyst's own boundaries as areas for a geographic frame, in the base map's projection. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { chinaProjection } from './china-map-layout';
import type { GeoSpec } from '../../geo';
import type { BoundaryMatch } from '../../../geo/boundary-codes';

/** One shape of the file: matched to a reference code, or not (drawn grey). */
export type BoundaryArea = Feature<Polygon | MultiPolygon, Record<string, unknown>> & {
	readonly match: { code: string | null; name: string; matched: boolean };
};

/** The areas, matched first, and the projection fitted to all of them. */
export function boundaryGeo(match: BoundaryMatch): { areas: BoundaryArea[]; spec: GeoSpec } {
	const areas = [
		...match.matched.map((m) => ({ ...m, matched: true })),
		...match.unmatched.map((m) => ({ ...m, matched: false }))
	].map((m): BoundaryArea => ({
		...m.feature,
		match: { code: m.code, name: m.name, matched: m.matched }
	}));
	const fit: FeatureCollection = { type: 'FeatureCollection', features: areas };
	return { areas, spec: { projection: chinaProjection, fit, padding: 8 } };
}
