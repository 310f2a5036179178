/** The shape every reader produces: rows of cells, whatever the file format was. */

export type Cell = string | number | boolean | Date | null;
export type Grid = readonly (readonly Cell[])[];

/** True for null, undefined and strings of only whitespace. */
export function isBlank(cell: Cell | undefined): boolean {
	return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as trimmed text ('' for blank). */
export function cellText(cell: Cell | undefined): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return cell.toISOString().slice(0, 10);
	return String(cell).trim();
}

/** Number of non-blank cells in a row. */
export function filledCount(row: readonly Cell[]): number {
	let n = 0;
	for (const cell of row) if (!isBlank(cell)) n++;
	return n;
}
