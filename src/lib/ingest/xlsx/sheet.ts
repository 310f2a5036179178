/**
 * One worksheet, streamed, into grid rows: row `r` of the sheet is grid row r − 1 (empty rows are
 * kept as empty, so problems name the line a spreadsheet shows), cell `B5` is column 1. Values:
 * shared and inline strings, numbers, booleans, errors as their text, dates from date-styled
 * numbers (1900 or 1904 system) and ISO `d` cells.
 */
import { IngestError } from '../errors';
import type { Cell } from '../grid';
import type { Workbook } from './workbook';
import { readXml, StopReading } from './xml';

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

function columnIndex(ref: string): number {
	let n = 0;
	for (let i = 0; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c < 65 || c > 90) break;
		n = n * 26 + (c - 64);
	}
	return n - 1;
}

export interface SheetReadOptions {
	/** Stop after this many rows (sheet picking reads only the top of each sheet). */
	readonly maxRows?: number;
	/** Row count from the sheet's <dimension>, when it states one. */
	readonly onDimension?: (rows: number) => void;
	readonly onRow?: (rowsSoFar: number) => void;
}

/** Reads a sheet's rows from its inflated XML stream. */
export async function readSheetRows(
	stream: ReadableStream<Uint8Array>,
	book: Workbook,
	sheetName: string,
	options: SheetReadOptions = {}
): Promise<Cell[][]> {
	const rows: Cell[][] = [];
	let row: Cell[] = [];
	let rowNumber = 0;
	let col = 0;
	let type = 'n';
	let style = -1;
	let text = '';
	let inValue = false;
	const epoch = book.date1904 ? EPOCH_1904 : EPOCH_1900;
	const max = options.maxRows ?? Infinity;

	const value = (): Cell => {
		if (type === 's') return book.sharedStrings[Number(text)] ?? null;
		if (type === 'inlineStr' || type === 'str' || type === 'e') return text;
		if (text === '') return null;
		if (type === 'b') return text === '1' || text === 'true';
		if (type === 'd') return new Date(text);
		const n = Number(text);
		if (!Number.isFinite(n)) return text;
		return book.dateStyles.has(style) ? new Date(Math.round((n - epoch) * DAY_MS)) : n;
	};
	try {
		await readXml(stream, {
			open(name, a) {
				if (name === 'c') {
					col = a.r ? columnIndex(a.r) : row.length;
					type = a.t ?? 'n';
					style = a.s ? Number(a.s) : -1;
					text = '';
				} else if (name === 'v' || name === 't') {
					inValue = true;
				} else if (name === 'row') {
					const r = a.r ? Number(a.r) : rowNumber + 1;
					while (rows.length < r - 1) rows.push([]);
					rowNumber = r;
					row = [];
					if (rows.length >= max) throw new StopReading();
				} else if (name === 'dimension' && a.ref) {
					const last = /(\d+)$/.exec(a.ref);
					if (last) options.onDimension?.(Number(last[1]));
				}
			},
			close(name) {
				if (name === 'v' || name === 't') inValue = false;
				else if (name === 'c') {
					while (row.length < col) row.push(null);
					row[col] = value();
				} else if (name === 'row') {
					rows.push(row);
					if (rows.length % 4096 === 0) options.onRow?.(rows.length);
				}
			},
			text(t) {
				if (inValue) text += t;
			}
		});
	} catch (error) {
		if (error instanceof IngestError) throw error;
		const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'unknown';
		throw new IngestError('xlsx-bad-xml', { sheet: sheetName, row: rowNumber, detail });
	}
	return rows;
}
