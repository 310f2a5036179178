/**
 * Finds the header row of a grid: skips title rows above it (one filled cell each, as statistical
 * bureaus put "2021年跨境电商进口统计" above the table) and refuses headers that span two rows
 * (merged group cells over the column names), which no mapping can read reliably.
 */
import { IngestError } from './errors';
import { cellText, filledCount, isBlank, type Grid } from './grid';
import { HEADER_SCAN_ROWS } from './limits';
import { matchColumn } from './synonyms';

export interface HeaderInfo {
	/** Index of the header row in the grid. */
	readonly index: number;
	readonly headers: readonly string[];
	/** Text of the title rows skipped above the header. */
	readonly titles: readonly string[];
}

const matches = (row: readonly unknown[], columns: readonly string[]) =>
	row.filter((c) => matchColumn(cellText(c as string), columns) !== null).length;

/** Locates the header for a target table's columns; throws an IngestError when there is none. */
export function locateHeader(grid: Grid, columns: readonly string[]): HeaderInfo {
	const scan = Math.min(grid.length, HEADER_SCAN_ROWS);
	for (let i = 0; i < scan; i++) {
		const row = grid[i]!;
		if (matches(row, columns) < 2) continue;
		const titles: string[] = [];
		for (let j = 0; j < i; j++) {
			const above = grid[j]!;
			const filled = filledCount(above);
			// A title sits in the first column; a lone cell further right heads a group of columns.
			if (filled >= 2 || (filled === 1 && isBlank(above[0]))) {
				throw new IngestError('header-spans-rows', { row: j + 1 });
			}
			if (filled === 1) titles.push(cellText(above.find((c) => !isBlank(c))));
		}
		const next = grid[i + 1];
		if (next && matches(next, columns) >= 2 && !next.some(looksNumeric)) {
			throw new IngestError('header-spans-rows', { row: i + 2 });
		}
		return { index: i, headers: row.map(cellText), titles };
	}
	if (grid.every((row) => filledCount(row) === 0)) throw new IngestError('empty');
	throw new IngestError('no-header', { columns: columns.join(', ') });
}

function looksNumeric(cell: unknown): boolean {
	return typeof cell === 'number' || (typeof cell === 'string' && /^\s*-?[\d,.]+\s*$/.test(cell));
}
