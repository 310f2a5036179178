/** Paths of an analyst's own boundaries, in the same projection as the base map. */
import { geoPath } from 'd3';
import type { FeatureCollection } from 'geojson';
import { chinaProjection } from './china-map-layout';
import type { PolygonFeature } from '../../../geo/boundary-file';

export interface BoundaryPath {
	key: string;
	code: string | null;
	name: string;
	d: string;
}

/** Fits the projection to the features and returns one path per feature. */
export function boundaryLayout(
	features: readonly { feature: PolygonFeature; code: string | null; name: string }[],
	width: number,
	height: number
): BoundaryPath[] {
	const collection: FeatureCollection = {
		type: 'FeatureCollection',
		features: features.map((f) => f.feature)
	};
	const projection = chinaProjection().fitExtent(
		[
			[8, 8],
			[width - 8, height - 8]
		],
		collection
	);
	const path = geoPath(projection);
	return features.map((f, i) => ({
		key: `${i}`,
		code: f.code,
		name: f.name,
		d: path(f.feature) ?? ''
	}));
}
