/**
 * The server's data folder, checked before anything is served: `manifest.json` names a Parquet
 * file (or a folder of them) for every table of the contract, and every file has exactly the
 * contract's columns and types. Anything else stops the start with the file and the reason.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, type DataManifest, type TableName, type TableSpec } from '../src/lib/schema';

/** Why the folder cannot be served; the message names the file. */
export class DataFolderError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DataFolderError';
	}
}

export interface TableFiles {
	readonly spec: TableSpec;
	/** Absolute paths of the table's Parquet files (one, or a folder's worth). */
	readonly files: readonly string[];
	readonly rows: number;
	/** Declaration batches: the key repeats and the server sums them (see src/lib/db/batches.ts). */
	readonly batch: boolean;
}

export interface DataFolder {
	readonly dir: string;
	readonly manifest: DataManifest;
	readonly tables: ReadonlyMap<TableName, TableFiles>;
}

/** Parquet physical/logical types DuckDB reports, accepted for each contract type. */
const ACCEPTED: Record<TableSpec['columns'][number]['type'], readonly string[]> = {
	VARCHAR: ['VARCHAR'],
	INTEGER: ['INTEGER', 'SMALLINT', 'TINYINT'],
	DOUBLE: ['DOUBLE', 'FLOAT'],
	DATE: ['DATE'],
	BOOLEAN: ['BOOLEAN']
};

function readManifest(dir: string): DataManifest {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) {
		throw new DataFolderError(
			`${path} is missing: a data folder needs the manifest that \`npm run data -- --format parquet\` writes.`
		);
	}
	let manifest: DataManifest;
	try {
		manifest = JSON.parse(readFileSync(path, 'utf8')) as DataManifest;
	} catch (error) {
		throw new DataFolderError(`${path} is not valid JSON (${(error as Error).message}).`);
	}
	if (manifest.format !== 'parquet' || !Array.isArray(manifest.tables)) {
		throw new DataFolderError(
			`${path}: "format" must be "parquet" and "tables" a list (this is ${String(manifest.format)}).`
		);
	}
	return manifest;
}

/** The Parquet files of an entry: a file, or every `*.parquet` in a folder; inside `dir` only. */
function entryFiles(dir: string, file: string, table: string): string[] {
	const path = resolve(dir, file);
	if (path !== dir && !path.startsWith(dir + sep)) {
		throw new DataFolderError(
			`manifest.json: the file of ${table} (${file}) is outside the data folder.`
		);
	}
	if (!existsSync(path)) throw new DataFolderError(`${path} (table ${table}) does not exist.`);
	if (!statSync(path).isDirectory()) return [path];
	const files = readdirSync(path)
		.filter((f) => f.endsWith('.parquet'))
		.sort()
		.map((f) => join(path, f));
	if (files.length === 0)
		throw new DataFolderError(`${path} (table ${table}) holds no .parquet file.`);
	return files;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Checks one file's columns against the contract; returns its row count (Parquet metadata). */
async function checkFile(conn: DuckDBConnection, spec: TableSpec, file: string, dir: string) {
	const name = relative(dir, file);
	let columns: { name: string; type: string }[];
	let rows: number;
	try {
		const described = await conn.runAndReadAll(
			`DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`
		);
		columns = described.getRowObjectsJS().map((r) => ({
			name: String(r.column_name),
			type: String(r.column_type)
		}));
		const counted = await conn.runAndReadAll(
			`SELECT sum(num_rows)::DOUBLE AS n FROM parquet_file_metadata(${sqlString(file)})`
		);
		rows = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
	} catch (error) {
		throw new DataFolderError(
			`${name} (table ${spec.name}) is not a readable Parquet file: ${firstLine(error)}`
		);
	}
	const expected = spec.columns.map((c) => c.name);
	const got = columns.map((c) => c.name);
	if (expected.join(',') !== got.join(',')) {
		throw new DataFolderError(
			`${name} (table ${spec.name}) has the columns ${got.join(', ')}; the contract wants ${expected.join(', ')} in that order.`
		);
	}
	spec.columns.forEach((c, i) => {
		const type = columns[i]!.type;
		if (!ACCEPTED[c.type].includes(type)) {
			throw new DataFolderError(
				`${name} (table ${spec.name}): column ${c.name} is ${type}; the contract wants ${c.type}.`
			);
		}
	});
	return rows;
}

function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Reads and checks the folder; throws a DataFolderError naming the first problem. */
export async function openDataFolder(folder: string, conn: DuckDBConnection): Promise<DataFolder> {
	const dir = resolve(folder);
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new DataFolderError(`The data folder ${dir} does not exist.`);
	}
	const manifest = readManifest(dir);
	const tables = new Map<TableName, TableFiles>();
	for (const spec of TABLES) {
		const entry = manifest.tables.find((t) => t.name === spec.name);
		if (!entry || typeof entry.file !== 'string') {
			throw new DataFolderError(`manifest.json names no file for the table ${spec.name}.`);
		}
		const files = entryFiles(dir, entry.file, spec.name);
		let rows = 0;
		for (const file of files) rows += await checkFile(conn, spec, file, dir);
		if (typeof entry.rows === 'number' && entry.rows !== rows) {
			throw new DataFolderError(
				`${entry.file} (table ${spec.name}) holds ${rows} rows; manifest.json says ${entry.rows}.`
			);
		}
		tables.set(spec.name, { spec, files, rows, batch: entry.grain === 'batch' });
	}
	return { dir, manifest, tables };
}
