/** The province tile grid for a width: band scales over the layout file's columns and rows, square cells. */
import type { AxisSpec } from '../../frame';
import type { ProvinceTile } from '../../../geo/province-tiles';

const GAP = 4;

/** Cells as wide as `width` allows, each at most `maxSize` pixels, `GAP` between them. */
export function tileGrid(tiles: readonly ProvinceTile[], width: number, maxSize = 72) {
	const cols = Math.max(...tiles.map((t) => t.col)) + 1;
	const rows = Math.max(...tiles.map((t) => t.row)) + 1;
	// One step is a cell and its gap; half a gap on the outer edges (the band scale's padding).
	const step = Math.max(28 + GAP, Math.min(maxSize + GAP, Math.floor(width / cols)));
	const band = (n: number): AxisSpec => ({
		type: 'band',
		domain: Array.from({ length: n }, (_, i) => String(i)),
		padding: GAP / step
	});
	return {
		width: cols * step,
		height: rows * step,
		size: step - GAP,
		x: band(cols),
		y: band(rows)
	};
}
