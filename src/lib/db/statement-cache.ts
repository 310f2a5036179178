/**
 * Prepared statements kept per SQL text: a view's query is prepared once and then only executed
 * (one round trip to the worker instead of three: prepare, run, close). Least recently used
 * statements are closed past a limit; all are closed when the tables change.
 */

/** What a cached statement must offer (duckdb-wasm's AsyncPreparedStatement). */
export interface Statement<R> {
	query(...params: unknown[]): Promise<R>;
	close(): Promise<void>;
}

export class StatementCache<R> {
	readonly #prepare: (sql: string) => Promise<Statement<R>>;
	readonly #limit: number;
	readonly #statements = new Map<string, Promise<Statement<R>>>();
	/** Statements prepared (a miss) and reused (a hit), for the benchmark. */
	readonly stats = { prepared: 0, reused: 0 };

	constructor(prepare: (sql: string) => Promise<Statement<R>>, limit = 64) {
		this.#prepare = prepare;
		this.#limit = limit;
	}

	/** Runs `sql` with `params` on its cached statement (prepared on first use). */
	async run(sql: string, params: readonly unknown[], retry = true): Promise<R> {
		let statement = this.#statements.get(sql);
		const cached = statement !== undefined;
		if (statement) {
			this.stats.reused++;
			this.#statements.delete(sql); // re-inserted below: the map's order is recency
		} else {
			this.stats.prepared++;
			statement = this.#prepare(sql);
			if (this.#statements.size >= this.#limit) this.#evictOldest();
		}
		this.#statements.set(sql, statement);
		try {
			return await (await statement).query(...params);
		} catch (error) {
			// A statement that failed (or could not be prepared) is not kept: the next run prepares anew.
			if (this.#statements.get(sql) === statement) this.#statements.delete(sql);
			void statement.then((s) => s.close()).catch(() => {});
			// A kept statement may have outlived its tables (a script replaced one): prepare again once.
			if (cached && retry) return this.run(sql, params, false);
			throw error;
		}
	}

	/** Closes every statement (the tables changed, or the engine stops). */
	async clear(): Promise<void> {
		const all = [...this.#statements.values()];
		this.#statements.clear();
		await Promise.all(all.map((s) => s.then((x) => x.close()).catch(() => {})));
	}

	#evictOldest(): void {
		const [sql, statement] = this.#statements.entries().next().value!;
		this.#statements.delete(sql);
		void statement.then((s) => s.close()).catch(() => {});
	}
}
