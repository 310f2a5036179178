/**
 * Reads any supported file into a grid: delimited text (encoding and delimiter detected), XLSX
 * (read-excel-file), Parquet (hyparquet), Arrow IPC (apache-arrow) and JSON. Kept libraries for
 * the binary formats; no hand-written parser for them. Works in browsers and in Node (tests).
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
}

const plainCell = (v: unknown): Cell => {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v;
	return JSON.stringify(v);
};

/** Reads a file's bytes into a grid; throws an IngestError naming what is wrong with it. */
export async function readGrid(name: string, bytes: Uint8Array): Promise<ReadFile> {
	const format = detectFormat(name, bytes.byteLength, bytes.subarray(0, 16));
	switch (format) {
		case 'delimited':
			return readDelimited(name, bytes);
		case 'json':
			return readJson(bytes);
		case 'xlsx':
			return readXlsx(bytes);
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
	return {
		format: 'delimited',
		grid: parseDelimited(text, delimiter),
		structured: false,
		encoding,
		delimiter
	};
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

async function readXlsx(bytes: Uint8Array): Promise<ReadFile> {
	const { readSheet } = await import('read-excel-file/universal');
	try {
		const rows = await readSheet(bytes.slice().buffer);
		return { format: 'xlsx', grid: rows.map((r) => r.map(plainCell)), structured: false };
	} catch (error) {
		throw new IngestError('corrupt-xlsx', {}, error instanceof Error ? error.message : undefined);
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
