/** The default connector: SQL runs in duckdb-wasm, in a worker of this page. */
import type { Engine } from './client';
import type { Connector, QuerySpec, Row } from './connector';
import { readableError } from './errors';
import { tableToRows } from './rows';

export class WasmConnector implements Connector {
	constructor(private readonly engine: Engine) {}

	async query<T = Row>(spec: QuerySpec): Promise<T[]> {
		try {
			if (spec.params.length === 0) return tableToRows<T>(await this.engine.conn.query(spec.sql));
			const statement = await this.engine.conn.prepare(spec.sql);
			try {
				return tableToRows<T>(await statement.query(...spec.params));
			} finally {
				await statement.close();
			}
		} catch (error) {
			throw readableError(error);
		}
	}

	async cancel(): Promise<void> {
		await this.engine.conn.cancelSent();
	}
}
