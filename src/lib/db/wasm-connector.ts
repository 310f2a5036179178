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
import { StatementCache } from './statement-cache';
import { factTablesSql, feedsFacts } from './derived';
import { splitStatements } from './statements';

type ArrowTable = Awaited<ReturnType<Engine['conn']['query']>>;

export class WasmConnector implements Connector, Workbench {
	readonly #script: ScriptRunner;
	readonly #statements: StatementCache<ArrowTable>;

	constructor(private readonly engine: Engine) {
		this.#script = new ScriptRunner(engine.db);
		this.#statements = new StatementCache<ArrowTable>((sql) =>
			engine.life.guard(engine.conn.prepare(sql))
		);
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
			await this.#statements.clear(); // statements bound to the old table are not reused
			const rows = await loadAtomically(exec, spec, bytes, mode);
			if (feedsFacts(spec.name)) await this.#rebuildFacts();
			return rows;
		} catch (error) {
			throw readableError(error);
		}
	}

	async runScript(script: string): Promise<Uint8Array> {
		try {
			return await this.#script.run(script);
		} finally {
			// A script may have changed a table the views' derived tables come from.
			if (!readsOnly(script)) await this.#rebuildFacts().catch(() => {});
		}
	}

	async #rebuildFacts(): Promise<void> {
		await this.#statements.clear();
		for (const statement of factTablesSql()) await this.engine.conn.query(statement);
	}

	cancelScript(): Promise<boolean> {
		return this.#script.cancel();
	}

	#run(spec: QuerySpec): Promise<ArrowTable> {
		// guard: a query sent to a dead worker would never settle; it fails with the engine instead.
		const { life } = this.engine;
		return life.guard(this.#statements.run(spec.sql, spec.params));
	}
}

const READ_ONLY = /^(select|from|explain|describe|show|summarize|values|table)\b/i;

/** True when every statement of a console script only reads (so no derived table can be stale). */
function readsOnly(script: string): boolean {
	return splitStatements(script).every((s) =>
		READ_ONLY.test(s.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, ''))
	);
}
