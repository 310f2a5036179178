/**
 * The only module that imports duckdb-wasm. Starts one worker from our own origin (the eh bundle
 * only), opens the database and hands out one shared connection. Browser-only: import it lazily.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { lifeline, type Lifeline } from './lifeline';

export interface Engine {
	readonly db: duckdb.AsyncDuckDB;
	readonly conn: duckdb.AsyncDuckDBConnection;
	readonly worker: Worker;
	/** Settles once, with the reason, when the worker is found dead (error event or no answer). */
	readonly life: Lifeline;
}

/**
 * Starts the engine; the caller owns the result and must call `stopEngine` to end it. `onBytes`
 * hears how many bytes of the engine's wasm have arrived (decoded), as they arrive.
 */
export async function startEngine(onBytes?: (loaded: number) => void): Promise<Engine> {
	// mvp points at the eh files too: shipping one 34 MB bundle instead of two halves the build.
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: ehWasm, mainWorker: ehWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const life = lifeline();
	worker.addEventListener('error', (e) => life.declareDead(e.message || 'the worker failed'));
	worker.addEventListener('messageerror', () => life.declareDead('a message could not be read'));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await life.guard(
		db.instantiate(bundle.mainModule, null, onBytes && ((p) => onBytes(p.bytesLoaded)))
	);
	await life.guard(db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }));
	const conn = await life.guard(db.connect());
	// Extensions would be fetched from DuckDB's servers; nothing may leave our origin.
	await life.guard(conn.query(`SET autoinstall_known_extensions = false`));
	await life.guard(conn.query(`SET autoload_known_extensions = false`));
	return { db, conn, worker, life };
}

/** Ends the engine and its worker (at once if the worker is already dead). */
export async function stopEngine(engine: Engine): Promise<void> {
	if (engine.life.dead) {
		engine.worker.terminate();
		return;
	}
	try {
		await engine.conn.close();
		await engine.db.terminate();
	} catch {
		engine.worker.terminate();
	}
}

/** One round trip to the worker: resolves when it answers. */
export function pingEngine(engine: Engine): Promise<unknown> {
	return engine.db.getVersion();
}
