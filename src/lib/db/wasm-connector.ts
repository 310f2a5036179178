/**
 * The in-browser engine's seam: SQL runs in duckdb-wasm, in a worker of this page. It is also the
 * workbench (load a table, run a script), which only this engine offers.
 */
import { tableToIPC } from 'apache-arrow';
import type { Engine } from './client';
import type { Connector, QuerySpec, Row, Workbench } from './connector';
import type { TableSpec } from '../schema';
import { readableError } from './errors';
import { tableToRows } from './rows';
import { ScriptRunner } from './script';
import { loadAtomically, type LoadMode, type SqlExec } from './staging';

export class WasmConnector implements Connector, Workbench {
	readonly #script: ScriptRunner;

	constructor(private readonly engine: Engine) {
		this.#script = new ScriptRunner(engine.db);
	}

	async query<T = Row>(spec: QuerySpec): Promise<T[]> {
		try {
			return tableToRows<T>(await this.#run(spec));
		} catch (error) {
			throw readableError(error);
		}
	}

	async queryArrow(spec: QuerySpec): Promise<Uint8Array> {
		try {
			return tableToIPC(await this.#run(spec), 'stream');
		} catch (error) {
			throw readableError(error);
		}
	}

	async cancel(): Promise<void> {
		await this.engine.conn.cancelSent();
	}

	async loadTable(spec: TableSpec, bytes: Uint8Array, mode: LoadMode): Promise<number> {
		const conn = this.engine.conn;
		const exec: SqlExec = {
			run: async (sql) => void (await conn.query(sql)),
			count: async (sql) => Number((await conn.query(sql)).getChildAt(0)?.get(0) ?? 0),
			insertIpc: (name, ipc) => conn.insertArrowFromIPCStream(ipc, { name, create: true })
		};
		try {
			return await loadAtomically(exec, spec, bytes, mode);
		} catch (error) {
			throw readableError(error);
		}
	}

	runScript(script: string): Promise<Uint8Array> {
		return this.#script.run(script);
	}

	cancelScript(): Promise<boolean> {
		return this.#script.cancel();
	}

	async #run(spec: QuerySpec) {
		const { conn, life } = this.engine;
		// guard: a query sent to a dead worker would never settle; it fails with the engine instead.
		if (spec.params.length === 0) return life.guard(conn.query(spec.sql));
		const statement = await life.guard(conn.prepare(spec.sql));
		try {
			return await life.guard(statement.query(...spec.params));
		} finally {
			if (!life.dead) await statement.close();
		}
	}
}
