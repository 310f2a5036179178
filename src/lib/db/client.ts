/**
 * The only module that imports duckdb-wasm. Starts one worker from our own origin (the eh bundle
 * only), opens the database and hands out one shared connection. Browser-only: import it lazily.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export interface Engine {
	readonly db: duckdb.AsyncDuckDB;
	readonly conn: duckdb.AsyncDuckDBConnection;
	readonly worker: Worker;
}

/** Starts the engine; the caller owns the result and must call `stopEngine` to end it. */
export async function startEngine(onWorkerError: (message: string) => void): Promise<Engine> {
	// mvp points at the eh files too: shipping one 34 MB bundle instead of two halves the build.
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: ehWasm, mainWorker: ehWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	worker.addEventListener('error', (e) => onWorkerError(e.message || 'The engine worker failed.'));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Extensions would be fetched from DuckDB's servers; nothing may leave our origin.
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	return { db, conn, worker };
}

/** Ends the engine and its worker. */
export async function stopEngine(engine: Engine): Promise<void> {
	try {
		await engine.conn.close();
		await engine.db.terminate();
	} catch {
		engine.worker.terminate();
	}
}
