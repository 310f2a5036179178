/**
 * Where the map looks when the filters name provinces: the extent of the reference places in them
 * (with a margin, and at least a few degrees so a municipality is not blown up to one dot). The
 * base map has no province shapes, so the places stand for the province. Pure; the map's zoom
 * fits the view to it (first written on the zh branch, taken over here).
 */
import type { GeoBox } from '../../charts/geo';

/** Degrees added around the places, and the smallest extent shown. */
const MARGIN = 1;
const MIN_SPAN_LON = 5;
const MIN_SPAN_LAT = 4;

/** The extent of the places in the given provinces; null when none is given or none matches. */
export function provinceExtent(
	provinces: readonly string[],
	places: readonly { province_code: string; lon: number; lat: number }[]
): GeoBox | null {
	if (provinces.length === 0) return null;
	const inside = places.filter((p) => provinces.includes(p.province_code));
	if (inside.length === 0) return null;
	const lons = inside.map((p) => p.lon);
	const lats = inside.map((p) => p.lat);
	const widen = (lo: number, hi: number, min: number): [number, number] => {
		const mid = (lo + hi) / 2;
		const half = Math.max((hi - lo) / 2 + MARGIN, min / 2);
		return [mid - half, mid + half];
	};
	const [west, east] = widen(Math.min(...lons), Math.max(...lons), MIN_SPAN_LON);
	const [south, north] = widen(Math.min(...lats), Math.max(...lats), MIN_SPAN_LAT);
	return { west, south, east, north };
}
