/** The default connector: SQL runs in duckdb-wasm, in a worker of this page. */
import type { Engine } from './client';
import type { Connector, QuerySpec, Row } from './connector';
import { readableError } from './errors';
import { tableToRows } from './rows';

export class WasmConnector implements Connector {
	constructor(private readonly engine: Engine) {}

	async query<T = Row>(spec: QuerySpec): Promise<T[]> {
		try {
			const { conn, life } = this.engine;
			// guard: a query sent to a dead worker would never settle; it fails with the engine instead.
			if (spec.params.length === 0) return tableToRows<T>(await life.guard(conn.query(spec.sql)));
			const statement = await life.guard(conn.prepare(spec.sql));
			try {
				return tableToRows<T>(await life.guard(statement.query(...spec.params)));
			} finally {
				if (!life.dead) await statement.close();
			}
		} catch (error) {
			throw readableError(error);
		}
	}

	async cancel(): Promise<void> {
		await this.engine.conn.cancelSent();
	}
}
