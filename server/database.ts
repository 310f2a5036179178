/**
 * Native DuckDB over the data folder, locked down before the first request: reference tables and
 * fact tables up to `inMemoryRows` are read into memory, larger ones stay in Parquet (out of
 * core), and declaration batches (any number, read from Parquet) are summed once into the
 * contract's grain — the same pre-aggregate the browser builds (src/lib/db/batches.ts).
 * Then file access is confined to the data folder, extensions cannot be installed or loaded,
 * and the configuration is locked. Queries run on a small pool of connections with bound
 * parameters, each interrupted at its deadline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import {
	DuckDBInstance,
	type DuckDBConnection,
	type DuckDBPreparedStatement,
	type DuckDBValue
} from '@duckdb/node-api';
import type { QuerySpec } from '../src/lib/db/connector';
import { aggregateBatchesSql, batchTableName } from '../src/lib/db/batches';
import { factTablesSql, type FactLayout } from '../src/lib/db/derived';
import { quoteIdent } from '../src/lib/db/identifiers';
import type { FilterDomain } from '../src/lib/model/filters';
import type { TableName } from '../src/lib/schema';
import { resultToIpc } from './arrow';
import { openDataFolder, type DataFolder } from './data-folder';

export interface DatabaseOptions {
	readonly threads: number;
	/** DuckDB's memory_limit, e.g. '2GB'. */
	readonly memoryLimit: string;
	/** Connections in the pool: how many queries run at once. */
	readonly connections: number;
	/** Sum declaration batches once at start-up (default); false answers from Parquet each time. */
	readonly preaggregate: boolean;
	/** Fact tables up to this many rows are read into memory; larger ones are queried in Parquet. */
	readonly inMemoryRows: number;
	/** How `imports_fact` is built; by default a table when `imports` is in memory, else a view. */
	readonly factLayout?: FactLayout;
}

/** A query stopped at its deadline or because its client went away. */
export class QueryInterrupted extends Error {
	constructor(readonly why: 'timeout' | 'aborted') {
		super(why);
		this.name = 'QueryInterrupted';
	}
}

/** A result with more rows than a response may carry. */
export class ResultTooLarge extends Error {
	constructor(readonly rows: number) {
		super(`${rows} rows`);
		this.name = 'ResultTooLarge';
	}
}

interface PooledConnection {
	readonly conn: DuckDBConnection;
	readonly statements: Map<string, DuckDBPreparedStatement>;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const fileList = (files: readonly string[]) => `[${files.map(sqlString).join(', ')}]`;
const STATEMENTS_PER_CONNECTION = 64;

export class ServerDatabase {
	readonly folder: DataFolder;
	readonly domain: FilterDomain;
	/** ms spent checking the folder and building the tables. */
	readonly startupMs: number;
	/** How `imports_fact`, the table most views read, was built. */
	readonly factLayout: FactLayout;
	readonly #instance: DuckDBInstance;
	readonly #idle: PooledConnection[];
	readonly #tempDir: string;

	private constructor(
		instance: DuckDBInstance,
		folder: DataFolder,
		domain: FilterDomain,
		pool: PooledConnection[],
		tempDir: string,
		startupMs: number,
		factLayout: FactLayout
	) {
		this.#instance = instance;
		this.folder = folder;
		this.domain = domain;
		this.#idle = pool;
		this.#tempDir = tempDir;
		this.startupMs = startupMs;
		this.factLayout = factLayout;
	}

	/** Checks the folder, builds the tables, locks the engine down and opens the pool. */
	static async open(dir: string, options: DatabaseOptions): Promise<ServerDatabase> {
		const started = performance.now();
		const tempDir = mkdtempSync(join(tmpdir(), 'pilot-atlas-spill-'));
		const instance = await DuckDBInstance.create(':memory:', {
			threads: String(options.threads),
			memory_limit: options.memoryLimit,
			temp_directory: tempDir,
			autoinstall_known_extensions: 'false',
			autoload_known_extensions: 'false'
		});
		try {
			const setup = await instance.connect();
			const folder = await openDataFolder(dir, setup);
			const factLayout = await buildTables(setup, folder, options);
			const domain = await readDomain(setup, folder);
			await lockDown(setup, folder.dir, tempDir);
			setup.closeSync();
			const pool: PooledConnection[] = [];
			for (let i = 0; i < options.connections; i++) {
				pool.push({ conn: await instance.connect(), statements: new Map() });
			}
			return new ServerDatabase(
				instance,
				folder,
				domain,
				pool,
				tempDir,
				performance.now() - started,
				factLayout
			);
		} catch (error) {
			instance.closeSync();
			rmSync(tempDir, { recursive: true, force: true });
			throw error;
		}
	}

	/**
	 * Runs `spec` on an idle connection (the caller bounds concurrency to the pool's size) and
	 * returns Arrow IPC bytes; interrupted at `timeoutMs` or when `signal` aborts.
	 */
	async run(
		spec: QuerySpec,
		{ timeoutMs, signal, maxRows }: { timeoutMs: number; signal?: AbortSignal; maxRows: number }
	): Promise<Uint8Array> {
		const pooled = this.#idle.pop();
		if (!pooled) throw new Error('No idle connection: run() was called beyond the pool size.');
		let stopped: QueryInterrupted | null = null;
		const stop = (why: 'timeout' | 'aborted') => {
			stopped ??= new QueryInterrupted(why);
			pooled.conn.interrupt();
		};
		const timer = setTimeout(() => stop('timeout'), timeoutMs);
		const onAbort = () => stop('aborted');
		signal?.addEventListener('abort', onAbort);
		try {
			if (signal?.aborted) throw new QueryInterrupted('aborted');
			const statement = await prepared(pooled, spec.sql);
			statement.bind(spec.params as DuckDBValue[]);
			const result = await statement.run();
			if (stopped) throw stopped;
			const rows = result.rowCount;
			if (rows > maxRows) throw new ResultTooLarge(rows);
			return await resultToIpc(result);
		} catch (error) {
			throw stopped ?? error;
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			this.#idle.push(pooled);
		}
	}

	close(): void {
		for (const { conn } of this.#idle.splice(0)) conn.closeSync();
		this.#instance.closeSync();
		rmSync(this.#tempDir, { recursive: true, force: true });
	}
}

/** A prepared statement kept per connection and SQL text (views repeat the same few texts). */
async function prepared(pooled: PooledConnection, sql: string): Promise<DuckDBPreparedStatement> {
	let statement = pooled.statements.get(sql);
	if (!statement) {
		statement = await pooled.conn.prepare(sql);
		if (pooled.statements.size >= STATEMENTS_PER_CONNECTION) {
			const oldest = pooled.statements.keys().next().value!;
			pooled.statements.get(oldest)?.destroySync();
			pooled.statements.delete(oldest);
		}
		pooled.statements.set(sql, statement);
	}
	return statement;
}

/**
 * Reference and small fact tables in memory; large ones as views over Parquet; batches summed
 * once; then `imports_fact` by the same statements as the browser's loader (src/lib/db/derived.ts),
 * as a table when `imports` is in memory and as a view when it stays in Parquet. Returns the
 * layout of `imports_fact`.
 */
export async function buildTables(
	conn: DuckDBConnection,
	folder: DataFolder,
	options: DatabaseOptions
): Promise<FactLayout> {
	let importsInMemory = true;
	for (const [name, table] of folder.tables) {
		const cols = table.spec.columns
			.map((c) => `${quoteIdent(c.name)}::${c.type} AS ${quoteIdent(c.name)}`)
			.join(', ');
		const source = `SELECT ${cols} FROM read_parquet(${fileList(table.files)})`;
		if (table.batch) {
			await conn.run(`CREATE VIEW ${quoteIdent(batchTableName(name))} AS ${source}`);
			const aggregate = aggregateBatchesSql(name);
			await conn.run(
				options.preaggregate ? aggregate : aggregate.replace(/^CREATE TABLE/, 'CREATE VIEW')
			);
			if (name === 'imports') importsInMemory = options.preaggregate;
		} else if (table.spec.kind === 'reference' || table.rows <= options.inMemoryRows) {
			await conn.run(`CREATE TABLE ${quoteIdent(name)} AS ${source}`);
		} else {
			await conn.run(`CREATE VIEW ${quoteIdent(name)} AS ${source}`);
			if (name === 'imports') importsInMemory = false;
		}
	}
	const layout = options.factLayout ?? (importsInMemory ? 'table' : 'view');
	for (const statement of factTablesSql(layout)) await conn.run(statement);
	return layout;
}

/** The values view requests may name, from the data being served. */
async function readDomain(conn: DuckDBConnection, folder: DataFolder): Promise<FilterDomain> {
	const list = async (sql: string) =>
		(await conn.runAndReadAll(sql)).getRowsJS().map((r) => String(r[0]));
	const [first, last] = (
		await conn.runAndReadAll(
			`SELECT strftime(min("month"), '%Y-%m'), strftime(max("month"), '%Y-%m') FROM "imports"`
		)
	).getRowsJS()[0]!;
	const manifest = folder.manifest;
	return {
		cities: new Set(await list(`SELECT code FROM "cities"`)),
		provinces: new Set(await list(`SELECT DISTINCT province_code FROM "cities"`)),
		categories: new Set(await list(`SELECT id FROM "categories"`)),
		firstMonth: manifest.firstMonth ?? String(first),
		lastMonth: manifest.lastMonth ?? String(last)
	};
}

/** After this no statement can read or write outside the data folder, or change a setting. */
async function lockDown(conn: DuckDBConnection, dir: string, tempDir: string) {
	const allowed = [`${dir}${sep}`, `${tempDir}${sep}`].map(sqlString).join(', ');
	await conn.run(`SET GLOBAL allowed_directories = [${allowed}]`);
	await conn.run(`SET GLOBAL enable_external_access = false`);
	await conn.run(`SET GLOBAL lock_configuration = true`);
}

export type { TableName };
