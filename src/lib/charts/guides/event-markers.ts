/**
 * Where numbered event markers go: each exactly above its date (never moved sideways), a marker
 * that would touch the one before it stacked one row higher, and — past the last row — thinned
 * into the nearest marker, which then stands for several events. Markers are 24 px apart each
 * way, so each is a 24 px target (WCAG 2.5.8). Pure.
 */
import type { Scale } from '../scales';
export const MARKER_STEP = 24;
export const MARKER_ROWS = 3;

export interface PlacedMarker {
	readonly id: string;
	/** The pixel of the event's date. */
	readonly x: number;
	readonly row: number;
	/** Ids of the events this marker stands for (itself first). */
	readonly members: readonly string[];
}

/** Rows for markers at pixel positions `x`, in date order. */
export function placeMarkers(
	events: readonly { id: string; x: number }[],
	maxRows = MARKER_ROWS,
	step = MARKER_STEP
): PlacedMarker[] {
	const placed: { id: string; x: number; row: number; members: string[] }[] = [];
	const lastInRow: (typeof placed)[number][] = [];
	for (const e of [...events].sort((a, b) => a.x - b.x)) {
		const row = Array.from({ length: maxRows }, (_, r) => r).find(
			(r) => !lastInRow[r] || e.x - lastInRow[r]!.x >= step
		);
		if (row !== undefined) {
			const marker = { id: e.id, x: e.x, row, members: [e.id] };
			placed.push(marker);
			lastInRow[row] = marker;
		} else {
			const nearest = lastInRow.reduce((a, b) =>
				Math.abs(b.x - e.x) < Math.abs(a.x - e.x) ? b : a
			);
			nearest.members.push(e.id);
		}
	}
	return placed;
}

/** Height of the band the markers need above the plot. */
export function markerBand(markers: readonly PlacedMarker[], step = MARKER_STEP): number {
	return markers.length === 0 ? 0 : (Math.max(...markers.map((m) => m.row)) + 1) * step + 4;
}

/** Markers for events (x in the scale's values) that fall inside the scale's range. */
export function markersOn(
	events: readonly { id: string; x: number }[],
	scale: Scale
): PlacedMarker[] {
	const [lo, hi] = [Math.min(...scale.range), Math.max(...scale.range)];
	return placeMarkers(
		events.flatMap((e) => {
			const x = scale.map(e.x);
			return x === null || x < lo - 0.5 || x > hi + 0.5 ? [] : [{ id: e.id, x }];
		})
	);
}

/** The room above the plot that markers for `events` need, as a Frame's `top`. */
export function markerRoom(events: readonly { id: string; x: number }[]): (scale: Scale) => number {
	return (scale) => markerBand(markersOn(events, scale));
}
