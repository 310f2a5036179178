/**
 * Where the map looks when the filters name provinces: the extent of the reference places in them
 * (with a margin, and at least a few degrees so a municipality is not blown up to one dot), and
 * the zoom that fits that extent into the map. Pure: the map's zoom state applies it.
 */

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

export interface Transform {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

/** Degrees added around the places, and the smallest extent shown. */
const MARGIN = 1;
const MIN_SPAN_LON = 5;
const MIN_SPAN_LAT = 4;
/** The map's zoom limit (MapZoom's scale extent). */
export const MAX_ZOOM = 8;

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

/** The screen box of a geographic box under a projection (its corners and edge midpoints). */
export function projectBox(
	box: GeoBox,
	project: (lon: number, lat: number) => [number, number] | null
): ScreenBox | null {
	const lons = [box.west, (box.west + box.east) / 2, box.east];
	const lats = [box.south, (box.south + box.north) / 2, box.north];
	const points = lons.flatMap((lon) => lats.map((lat) => project(lon, lat))).filter((p) => p);
	if (points.length === 0) return null;
	const xs = points.map((p) => p![0]);
	const ys = points.map((p) => p![1]);
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The zoom (scale k, then translate x, y) that centres a screen box and fits it in the view. */
export function fitTransform(box: ScreenBox, width: number, height: number): Transform {
	const bw = Math.max(1, box.x1 - box.x0);
	const bh = Math.max(1, box.y1 - box.y0);
	const k = Math.max(1, Math.min(MAX_ZOOM, Math.min(width / bw, height / bh)));
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	// Keep the view inside the map (as d3-zoom's translate extent would).
	const x = Math.min(0, Math.max(width - width * k, width / 2 - k * cx));
	const y = Math.min(0, Math.max(height - height * k, height / 2 - k * cy));
	return { k, x, y };
}
