/**
 * Writes the dataset as Parquet for the server (`npm run data -- --format parquet`): every table of
 * the contract as `<table>.parquet`, and `imports` as one file per month under `imports/` (the
 * declaration-batch grain at `--scale`), written a month at a time so any size fits in memory.
 * Same model, same seed, same rows as the Arrow files: only the container differs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	DuckDBInstance,
	DuckDBDataChunk,
	INTEGER,
	SMALLINT,
	TINYINT,
	DOUBLE,
	dateValue,
	type DuckDBConnection
} from '@duckdb/node-api';
import type { Columns, Row } from '../../src/lib/data/arrow-table';
import { createTableSql } from '../../src/lib/queries/ddl';
import { quoteIdent } from '../../src/lib/db/identifiers';
import {
	IMPORTS,
	SAMPLE_FIRST_MONTH,
	SAMPLE_LAST_MONTH,
	TABLES,
	VIOLATIONS,
	type DataManifest,
	type TableSpec
} from '../../src/lib/schema';
import { DEFAULT_SEED, GENERATOR } from './assumptions';
import { modelImports } from './imports-model';
import { parseReference } from './reference';
import { readReferenceFiles } from './reference-files';
import { modelViolations } from './violations-model';
import { batchesPerCell, ImportSplitter, type SplitColumns } from './scale';

export interface ParquetOptions {
	readonly out: string;
	readonly seed?: string;
	readonly scaleRows?: number;
	/** Called after each month of `imports` is written (progress for long runs). */
	readonly onMonth?: (month: string, rows: number) => void;
}

/** Where the months of `imports` live inside the data folder. */
export const IMPORTS_DIR = 'imports';
const CHUNK = 2048;
const PARQUET = `(FORMAT parquet, COMPRESSION zstd)`;

/** Writes every table to `out` and returns the manifest (also written as `manifest.json`). */
export async function writeParquetDataset(options: ParquetOptions): Promise<DataManifest> {
	const seed = options.seed ?? DEFAULT_SEED;
	const ref = parseReference(readReferenceFiles());
	const imports = modelImports(ref, seed);
	const violations = modelViolations(ref, imports.cityMonth, seed);
	rmSync(join(options.out, IMPORTS_DIR), { recursive: true, force: true });
	mkdirSync(join(options.out, IMPORTS_DIR), { recursive: true });
	const instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'true' });
	const conn = await instance.connect();
	try {
		for (const [name, rows] of ref.rows) {
			await writeTable(conn, spec(name), rowsToColumns(spec(name), rows), options.out);
		}
		await writeTable(conn, VIOLATIONS, { ...violations }, options.out);
		const k = options.scaleRows
			? batchesPerCell(imports.columns.orders.length, options.scaleRows)
			: 1;
		const splitter = new ImportSplitter(imports.columns, k, seed);
		await conn.run(
			'CREATE TABLE __batch (d INTEGER, city SMALLINT, cat TINYINT, ch TINYINT, orders INTEGER, value DOUBLE)'
		);
		let importRows = 0;
		while (!splitter.done) {
			const month = splitter.month!.slice(0, 7);
			const chunk = splitter.next(splitter.monthEnd());
			await writeImportsMonth(conn, chunk, join(options.out, IMPORTS_DIR, `${month}.parquet`));
			importRows += chunk.length;
			options.onMonth?.(month, chunk.length);
		}
		return manifestOf(options.out, seed, k, importRows, violations.month.length, ref.rows, options);
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

function spec(name: string): TableSpec {
	const found = TABLES.find((t) => t.name === name);
	if (!found) throw new Error(`no spec for table ${name}`);
	return found;
}

function rowsToColumns(table: TableSpec, rows: readonly Row[]): Columns {
	return Object.fromEntries(table.columns.map((c) => [c.name, rows.map((r) => r[c.name] ?? null)]));
}

const DAY_MS = 86_400_000;

/** A small table through the appender, typed by the contract, then COPY to Parquet. */
async function writeTable(conn: DuckDBConnection, table: TableSpec, columns: Columns, out: string) {
	await conn.run(createTableSql(table));
	const appender = await conn.createAppender(table.name);
	const n = columns[table.columns[0]!.name]!.length;
	for (let i = 0; i < n; i++) {
		for (const c of table.columns) {
			const v = columns[c.name]![i];
			if (v === null || v === undefined) appender.appendNull();
			else if (c.type === 'VARCHAR') appender.appendVarchar(String(v));
			else if (c.type === 'INTEGER') appender.appendInteger(Number(v));
			else if (c.type === 'DOUBLE') appender.appendDouble(Number(v));
			else if (c.type === 'BOOLEAN') appender.appendBoolean(v === true || v === 'true');
			else appender.appendDate(dateValue(Date.parse(`${String(v)}T00:00:00Z`) / DAY_MS));
		}
		appender.endRow();
	}
	appender.closeSync();
	const file = join(out, `${table.name}.parquet`);
	await conn.run(`COPY ${quoteIdent(table.name)} TO '${file}' ${PARQUET}`);
	await conn.run(`DROP TABLE ${quoteIdent(table.name)}`);
}

/** One month of batches: codes appended in chunks, strings joined back from the dictionaries. */
async function writeImportsMonth(conn: DuckDBConnection, cols: SplitColumns, file: string) {
	const appender = await conn.createAppender('__batch');
	const chunk = DuckDBDataChunk.create([INTEGER, SMALLINT, TINYINT, TINYINT, INTEGER, DOUBLE]);
	const arrays = [cols.monthDays, cols.city, cols.category, cols.channel, cols.orders, cols.value];
	for (let start = 0; start < cols.length; start += CHUNK) {
		const end = Math.min(cols.length, start + CHUNK);
		chunk.rowCount = end - start;
		arrays.forEach((a, i) =>
			chunk.setColumnValues(i, a.subarray(start, end) as unknown as number[])
		);
		appender.appendDataChunk(chunk);
	}
	appender.closeSync();
	const dict = (name: string, values: readonly string[]) =>
		`(SELECT unnest(range(${values.length})) AS code, unnest([${values
			.map((v) => `'${v.replaceAll("'", "''")}'`)
			.join(', ')}]) AS v) ${name}`;
	const { city, category, channel } = cols.dictionaries;
	const columns = IMPORTS.columns.map((c) => quoteIdent(c.name)).join(', ');
	await conn.run(`COPY (
		SELECT ${columns} FROM (
			SELECT (DATE '1970-01-01' + b.d)::DATE AS "month", dc.v AS city_code, dk.v AS category,
				dh.v AS channel, b.orders, b.value AS value_cny, b.rowid AS r
			FROM __batch b
			JOIN ${dict('dc', city)} ON dc.code = b.city
			JOIN ${dict('dk', category)} ON dk.code = b.cat
			JOIN ${dict('dh', channel)} ON dh.code = b.ch
		) ORDER BY r
	) TO '${file}' ${PARQUET}`);
	await conn.run('DELETE FROM __batch');
}

function sha256File(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function manifestOf(
	out: string,
	seed: string,
	k: number,
	importRows: number,
	violationRows: number,
	refRows: ReadonlyMap<string, readonly Row[]>,
	options: ParquetOptions
): DataManifest {
	const entries = TABLES.map((t) => {
		if (t.name === IMPORTS.name) {
			const files = readdirSync(join(out, IMPORTS_DIR))
				.filter((f) => f.endsWith('.parquet'))
				.sort();
			const hashes = files.map((f) => `${f} ${sha256File(join(out, IMPORTS_DIR, f))}\n`).join('');
			const bytes = files.reduce((s, f) => s + readFileSync(join(out, IMPORTS_DIR, f)).length, 0);
			return {
				name: t.name,
				file: `${IMPORTS_DIR}/`,
				rows: importRows,
				bytes,
				sha256: createHash('sha256').update(hashes).digest('hex'),
				...(k > 1 ? { grain: 'batch' as const } : {})
			};
		}
		const file = `${t.name}.parquet`;
		const rows = t.name === VIOLATIONS.name ? violationRows : (refRows.get(t.name)?.length ?? 0);
		return {
			name: t.name,
			file,
			rows,
			bytes: readFileSync(join(out, file)).length,
			sha256: sha256File(join(out, file))
		};
	});
	const version = createHash('sha256')
		.update(entries.map((e) => `${e.file} ${e.sha256}\n`).join(''))
		.digest('hex')
		.slice(0, 16);
	return {
		version,
		sample: true,
		generator: GENERATOR,
		seed,
		format: 'parquet',
		firstMonth: SAMPLE_FIRST_MONTH,
		lastMonth: SAMPLE_LAST_MONTH,
		tables: entries,
		...(options.scaleRows ? { scaleRows: options.scaleRows } : {})
	};
}
