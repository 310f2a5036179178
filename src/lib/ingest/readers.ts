/**
 * Reads any supported file into a grid: delimited text (encoding and delimiter detected), XLSX
 * (streamed: ./xlsx), Parquet (hyparquet), Arrow IPC (apache-arrow) and JSON. Works in browsers,
 * in the ingest worker and in Node (tests).
 */
import { tableFromIPC } from 'apache-arrow';
import { decodeText, type TextEncoding } from './decode';
import { detectDelimiter, parseDelimited, type Delimiter } from './delimited';
import { detectFormat, type FileFormat } from './detect';
import { IngestError } from './errors';
import type { Cell, Grid } from './grid';

export interface ReadFile {
	readonly format: FileFormat;
	readonly grid: Grid;
	/** True when the first row holds column names by construction (Parquet, Arrow, JSON). */
	readonly structured: boolean;
	readonly encoding?: TextEncoding;
	readonly delimiter?: Delimiter;
	/** File line of each grid row, when they differ (quoted cells spanning lines). */
	readonly lines?: readonly number[];
	/** Workbooks: the sheet read, and every sheet with its row count. */
	readonly sheet?: string;
	readonly sheets?: readonly { readonly name: string; readonly rows: number }[];
}

const plainCell = (v: unknown): Cell => {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v;
	return JSON.stringify(v);
};

export interface ReadOptions {
	/** Workbooks: the sheet to read (else the data sheet is found). */
	readonly sheet?: string;
	/** Bytes read so far of all (workbooks: the compressed sheet). */
	readonly onProgress?: (done: number, total: number) => void;
}

/** Reads a file into a grid; throws an IngestError naming what is wrong with it. */
export async function readGrid(
	name: string,
	file: Uint8Array | Blob,
	options: ReadOptions = {}
): Promise<ReadFile> {
	const head = new Uint8Array(
		file instanceof Uint8Array ? file.subarray(0, 16) : await file.slice(0, 16).arrayBuffer()
	);
	const format = detectFormat(name, file instanceof Uint8Array ? file.byteLength : file.size, head);
	if (format === 'xlsx') {
		return readXlsxFile(
			file instanceof Uint8Array ? new Blob([file.slice().buffer]) : file,
			options
		);
	}
	const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
	switch (format) {
		case 'delimited':
			return readDelimited(name, bytes);
		case 'json':
			return readJson(bytes);
		case 'parquet':
			return readParquet(bytes);
		case 'arrow':
			return readArrow(bytes);
	}
}

function readDelimited(name: string, bytes: Uint8Array): ReadFile {
	const { text, encoding } = decodeText(bytes);
	if (text.trim() === '') throw new IngestError('empty');
	if (/^\s*(<!doctype html|<html|<\?xml|<table)/i.test(text)) throw new IngestError('html');
	const delimiter = detectDelimiter(text, name);
	const grid = parseDelimited(text, delimiter);
	return {
		format: 'delimited',
		grid,
		structured: false,
		encoding,
		delimiter,
		lines: fileLines(grid)
	};
}

/** The file line each row starts on, when a quoted cell spans lines (else undefined: index + 1). */
function fileLines(grid: Grid): number[] | undefined {
	let extra = false;
	const lines = new Array<number>(grid.length);
	let line = 1;
	for (let i = 0; i < grid.length; i++) {
		lines[i] = line;
		let breaks = 0;
		for (const cell of grid[i]!) {
			if (typeof cell === 'string' && cell.includes('\n')) breaks += cell.split('\n').length - 1;
		}
		if (breaks > 0) extra = true;
		line += 1 + breaks;
	}
	return extra ? lines : undefined;
}

function readJson(bytes: Uint8Array): ReadFile {
	const { text, encoding } = decodeText(bytes);
	if (text.trim() === '') throw new IngestError('empty');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new IngestError('bad-json', {}, error instanceof Error ? error.message : undefined);
	}
	// Our own exports wrap the rows with their provenance: { provenance, rows }.
	const rows = Array.isArray(value)
		? value
		: value && typeof value === 'object' && Array.isArray((value as { rows?: unknown }).rows)
			? (value as { rows: unknown[] }).rows
			: null;
	if (!rows || !rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
		throw new IngestError('json-shape');
	}
	const keys: string[] = [];
	for (const r of rows as Record<string, unknown>[]) {
		for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
	}
	const grid = [
		keys,
		...(rows as Record<string, unknown>[]).map((r) => keys.map((k) => plainCell(r[k])))
	];
	return { format: 'json', grid, structured: true, encoding };
}

async function readXlsxFile(blob: Blob, options: ReadOptions): Promise<ReadFile> {
	const { readXlsx } = await import('./xlsx/read');
	try {
		const read = await readXlsx(blob, options.sheet, options.onProgress);
		return {
			format: 'xlsx',
			grid: read.grid,
			structured: false,
			sheet: read.sheet,
			sheets: read.sheets
		};
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError('read-failed', {
			detail: error instanceof Error ? error.message.slice(0, 160) : String(error)
		});
	}
}

async function readParquet(bytes: Uint8Array): Promise<ReadFile> {
	const { parquetMetadata, parquetSchema, parquetReadObjects } = await import('hyparquet');
	try {
		const file = bytes.slice().buffer;
		const metadata = parquetMetadata(file);
		const names = parquetSchema(metadata).children.map((c) => c.element.name);
		const rows = await parquetReadObjects({ file, metadata });
		return {
			format: 'parquet',
			grid: [names, ...rows.map((r) => names.map((n) => plainCell(r[n])))],
			structured: true
		};
	} catch (error) {
		throw new IngestError(
			'corrupt-parquet',
			{},
			error instanceof Error ? error.message : undefined
		);
	}
}

function readArrow(bytes: Uint8Array): ReadFile {
	try {
		const table = tableFromIPC(bytes);
		const fields = table.schema.fields;
		const isDate = fields.map((f) => /^Date|^Timestamp/.test(String(f.type)));
		const vectors = fields.map((_, j) => table.getChildAt(j)!);
		const grid: Cell[][] = [fields.map((f) => f.name)];
		for (let i = 0; i < table.numRows; i++) {
			grid.push(
				vectors.map((v, j) => {
					const x: unknown = v.get(i);
					return isDate[j] && typeof x === 'number' ? new Date(x) : plainCell(x);
				})
			);
		}
		return { format: 'arrow', grid, structured: true };
	} catch (error) {
		throw new IngestError('corrupt-arrow', {}, error instanceof Error ? error.message : undefined);
	}
}
