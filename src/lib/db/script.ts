/**
 * Runs analysts' SQL from the console on a connection of its own, so a long query can be
 * cancelled (`cancelSent`) without disturbing the views' queries. All statements but the last run
 * in turn; the last is streamed, and its batches become the result.
 */
import { Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DataError, readableError } from './errors';
import { splitStatements } from './statements';

export class ScriptRunner {
	#conn: Promise<AsyncDuckDBConnection> | null = null;
	#running = false;
	#cancelled = false;

	constructor(private readonly db: AsyncDuckDB) {}

	/** Runs the script; throws a readable DataError (or 'The query was cancelled.'). */
	async run(script: string): Promise<Uint8Array> {
		const statements = splitStatements(script);
		if (statements.length === 0) throw new DataError('There is no SQL to run.');
		// Running from the click on: a cancel that arrives while the connection opens still counts.
		this.#running = true;
		this.#cancelled = false;
		try {
			this.#conn ??= this.db.connect();
			const conn = await this.#conn;
			if (this.#cancelled) throw new DataError('The query was cancelled.');
			for (const statement of statements.slice(0, -1)) {
				await conn.query(statement);
				if (this.#cancelled) throw new DataError('The query was cancelled.');
			}
			if (this.#cancelled) throw new DataError('The query was cancelled.');
			const reader = await conn.send(statements.at(-1)!, true);
			const batches: RecordBatch[] = [];
			for await (const batch of reader) batches.push(batch);
			if (this.#cancelled) throw new DataError('The query was cancelled.');
			const table = batches.length > 0 ? new Table(batches) : new Table(reader.schema);
			return tableToIPC(table, 'stream');
		} catch (error) {
			if (this.#cancelled) throw new DataError('The query was cancelled.');
			throw readableError(error);
		} finally {
			this.#running = false;
		}
	}

	/** Asks the engine to stop the script's current statement. */
	async cancel(): Promise<boolean> {
		if (!this.#running || !this.#conn) return false;
		this.#cancelled = true;
		const conn = await this.#conn;
		await conn.cancelSent();
		return true;
	}
}
