/** Positions of the province tiles for a width: equal squares on the layout file's grid. */
import type { ProvinceTile } from '../../../geo/province-tiles';

export interface PlacedTile extends ProvinceTile {
	x: number;
	y: number;
	size: number;
}

/** Places every tile; the grid is as wide as `width` allows, tiles at most `maxSize` pixels. */
export function tileLayout(tiles: readonly ProvinceTile[], width: number, maxSize = 72) {
	const cols = Math.max(...tiles.map((t) => t.col)) + 1;
	const rows = Math.max(...tiles.map((t) => t.row)) + 1;
	const gap = 4;
	const size = Math.max(28, Math.min(maxSize, Math.floor((width - gap * (cols - 1)) / cols)));
	const placed: PlacedTile[] = tiles.map((t) => ({
		...t,
		x: t.col * (size + gap),
		y: t.row * (size + gap),
		size
	}));
	return {
		tiles: placed,
		width: cols * (size + gap) - gap,
		height: rows * (size + gap) - gap,
		size
	};
}
