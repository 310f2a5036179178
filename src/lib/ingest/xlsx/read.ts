/**
 * Reads a workbook's data sheet into a grid: the sheet asked for, or else the first visible sheet
 * whose top rows hold a header of the contract (a "notes" or "说明" sheet before the data is
 * passed over), or else the first sheet with rows. Progress in compressed bytes of the sheet.
 */
import { IngestError } from '../errors';
import type { Cell } from '../grid';
import { UPLOAD_TABLES } from '../mapping';
import { matchColumn } from '../synonyms';
import { cellText } from '../grid';
import { readWorkbook } from './workbook';
import { readSheetRows } from './sheet';
import { entryStream, zipEntries } from './zip';

export interface XlsxRead {
	readonly grid: Cell[][];
	readonly sheet: string;
	readonly sheets: readonly { readonly name: string; readonly rows: number }[];
}

const COLUMNS = [...new Set(UPLOAD_TABLES.flatMap((t) => t.columns.map((c) => c.name)))];

function looksLikeData(top: readonly (readonly Cell[])[]): boolean {
	return top.some(
		(row) => row.filter((c) => matchColumn(cellText(c), COLUMNS) !== null).length >= 2
	);
}

/** Reads the data sheet (or `wanted`); `onProgress` gets compressed bytes read of the sheet's. */
export async function readXlsx(
	blob: Blob,
	wanted?: string,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<XlsxRead> {
	const entries = await zipEntries(blob);
	const book = await readWorkbook(entries, blob);
	const sheets: { name: string; rows: number; path: string; hidden: boolean }[] = [];
	for (const s of book.sheets) {
		const entry = entries.get(s.path);
		if (!entry) throw new IngestError('xlsx-missing-part', { part: s.path });
		let rows = 0;
		const top = await readSheetRows(await entryStream(blob, entry), book, s.name, {
			maxRows: 30,
			onDimension: (n) => (rows = n)
		});
		sheets.push({ name: s.name, rows: Math.max(rows, top.length), path: s.path, hidden: s.hidden });
		Object.assign(sheets.at(-1)!, { top });
	}
	const withTop = sheets as ((typeof sheets)[number] & { top: Cell[][] })[];
	const chosen =
		(wanted !== undefined ? withTop.find((s) => s.name === wanted) : undefined) ??
		withTop.find((s) => !s.hidden && looksLikeData(s.top)) ??
		withTop.find((s) => !s.hidden && s.top.some((r) => r.length > 0)) ??
		null;
	if (!chosen) throw new IngestError('xlsx-no-sheet');
	const entry = entries.get(chosen.path)!;
	let done = 0;
	const grid = await readSheetRows(
		await entryStream(blob, entry, (n) => {
			done += n;
			onProgress(done, entry.compressedSize);
		}),
		book,
		chosen.name
	);
	return { grid, sheet: chosen.name, sheets: sheets.map(({ name, rows }) => ({ name, rows })) };
}
