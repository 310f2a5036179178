/** Assembles the dataset in memory: every table as Arrow IPC stream bytes, and the manifest. */
import type { Table } from 'apache-arrow';
import { columnsToTable, rowsToTable, tableToStreamBytes } from '../../src/lib/data/arrow-table';
import {
	IMPORTS,
	SAMPLE_FIRST_MONTH,
	SAMPLE_LAST_MONTH,
	TABLES,
	VIOLATIONS,
	type DataManifest,
	type TableName
} from '../../src/lib/schema';
import { DEFAULT_SEED, GENERATOR } from './assumptions';
import { sha256Hex } from './hash';
import { modelImports } from './imports-model';
import { parseReference } from './reference';
import { readReferenceFiles, type ReferenceFiles } from './reference-files';
import { modelViolations } from './violations-model';
import { batchesPerCell, splitImports } from './scale';
import { splitToStreamBytes } from './scale-arrow';

/** Options of `generateDataset`. */
export interface GenerateOptions {
	/** Any string; the same seed gives byte-identical files. Default `DEFAULT_SEED`. */
	readonly seed?: string;
	/** Reference CSVs by file name; default: read from `data/reference/`. */
	readonly reference?: ReferenceFiles;
	/** About this many `imports` rows, as declaration batches (see `scale.ts`); default: one per key. */
	readonly scaleRows?: number;
}

/** The generated dataset: the manifest and the bytes of every file it lists. */
export interface GeneratedDataset {
	readonly manifest: DataManifest;
	/** `<table>.arrow` → Arrow IPC stream bytes, in `TABLES` order. */
	readonly files: ReadonlyMap<string, Uint8Array>;
}

/** File name of a table's data. */
export function tableFileName(name: TableName): string {
	return `${name}.arrow`;
}

/**
 * Generates every table of the contract (reference tables from their CSVs, modelled tables from
 * the seeded model) as Arrow IPC stream bytes, with a manifest whose version hashes them all.
 */
export function generateDataset(options: GenerateOptions = {}): GeneratedDataset {
	const seed = options.seed ?? DEFAULT_SEED;
	const ref = parseReference(options.reference ?? readReferenceFiles());
	const imports = modelImports(ref, seed);
	const violations = modelViolations(ref, imports.cityMonth, seed);

	const tables = new Map<TableName, Table>();
	for (const [name, rows] of ref.rows) {
		const spec = TABLES.find((t) => t.name === name);
		if (!spec) throw new Error(`no spec for reference table ${name}`);
		tables.set(name, rowsToTable(spec, rows));
	}
	// imports is written by the batch writer (dictionary-encoded strings, half the bytes).
	const k = options.scaleRows
		? batchesPerCell(imports.columns.orders.length, options.scaleRows)
		: 1;
	const split = splitImports(imports.columns, k, seed);
	const importsBytes = splitToStreamBytes(split);
	tables.set('violations', columnsToTable(VIOLATIONS, { ...violations }));

	const files = new Map<string, Uint8Array>();
	const entries = TABLES.map((spec) => {
		const table = tables.get(spec.name);
		const isImports = spec.name === IMPORTS.name;
		if (!table && !isImports) throw new Error(`table ${spec.name} was not generated`);
		const bytes = isImports ? importsBytes : tableToStreamBytes(table!);
		const file = tableFileName(spec.name);
		files.set(file, bytes);
		return {
			name: spec.name,
			file,
			rows: isImports ? split.length : table!.numRows,
			bytes: bytes.length,
			sha256: sha256Hex(bytes),
			...(isImports && k > 1 ? { grain: 'batch' as const } : {})
		};
	});
	const version = sha256Hex(entries.map((e) => `${e.file} ${e.sha256}\n`).join('')).slice(0, 16);
	const manifest: DataManifest = {
		version,
		sample: true,
		generator: GENERATOR,
		seed,
		format: 'arrow-ipc-stream',
		firstMonth: SAMPLE_FIRST_MONTH,
		lastMonth: SAMPLE_LAST_MONTH,
		tables: entries,
		...(options.scaleRows ? { scaleRows: options.scaleRows } : {})
	};
	return { manifest, files };
}

/** The manifest as written to `manifest.json` (stable key order, trailing newline). */
export function manifestJson(manifest: DataManifest): string {
	return `${JSON.stringify(manifest, null, '\t')}\n`;
}
