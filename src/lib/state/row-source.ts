/**
 * Where a virtual table's rows come from: a window query on a contract table (rows stay in the
 * engine; pages are fetched as they scroll into view), or an Arrow result held in memory (a
 * console result, read by index, sorted through an index permutation).
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { plainValue } from '../db/rows';

export type Cell = unknown;

export interface RowSource {
	readonly columns: readonly string[];
	readonly count: number;
	/** Rows [start, end) as arrays of plain cells. */
	rows(start: number, end: number): Promise<Cell[][]>;
}

/** Rows from paged queries; `fetch` runs one window. */
export class QueryRowSource implements RowSource {
	constructor(
		readonly columns: readonly string[],
		readonly count: number,
		private readonly fetch: (offset: number, limit: number) => Promise<Record<string, unknown>[]>
	) {}

	async rows(start: number, end: number): Promise<Cell[][]> {
		const rows = await this.fetch(start, end - start);
		return rows.map((r) => this.columns.map((c) => r[c]));
	}
}

/** Rows of an Arrow table in memory; a sorted view shares the table through an index permutation. */
export class ArrowRowSource implements RowSource {
	readonly columns: readonly string[];
	readonly count: number;
	readonly #table: Table;
	readonly #types: number[];
	readonly #order: Uint32Array | null;

	constructor(table: Table, order: Uint32Array | null = null) {
		this.#table = table;
		this.#order = order;
		this.columns = table.schema.fields.map((f) => f.name);
		this.#types = table.schema.fields.map((f) => f.typeId);
		this.count = table.numRows;
	}

	/** Reads Arrow IPC bytes. */
	static fromIpc(ipc: Uint8Array): ArrowRowSource {
		return new ArrowRowSource(tableFromIPC(ipc));
	}

	/** The same rows ordered by a column (nulls last); null gives the query's order. */
	sorted(column: string | null, desc = false): ArrowRowSource {
		const vector = column === null ? null : this.#table.getChild(column);
		if (!vector) return new ArrowRowSource(this.#table);
		const values = Array.from({ length: this.count }, (_, i) => vector.get(i) as unknown);
		const order = Uint32Array.from({ length: this.count }, (_, i) => i);
		const sign = desc ? -1 : 1;
		order.sort((a, b) => {
			const x = values[a] as number | null | undefined;
			const y = values[b] as number | null | undefined;
			if (x === null || x === undefined) return y === null || y === undefined ? a - b : 1;
			if (y === null || y === undefined) return -1;
			return (x < y ? -1 : x > y ? 1 : 0) * sign || a - b;
		});
		return new ArrowRowSource(this.#table, order);
	}

	async rows(start: number, end: number): Promise<Cell[][]> {
		const out: Cell[][] = [];
		const vectors = this.columns.map((_, j) => this.#table.getChildAt(j)!);
		for (let i = start; i < Math.min(end, this.count); i++) {
			const row = this.#order ? this.#order[i]! : i;
			out.push(vectors.map((v, j) => plainValue(v.get(row), this.#types[j])));
		}
		return out;
	}
}
