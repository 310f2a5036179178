/**
 * Turns rows described by a `TableSpec` into an Apache Arrow table, and a table into Arrow IPC
 * stream bytes. Pure (no Node APIs): the generator, browser uploads and exports share it.
 */
import {
	Bool,
	DataType,
	DateDay,
	Field,
	Float64,
	Int32,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Utf8,
	makeData,
	tableToIPC,
	type Data
} from 'apache-arrow';
import type { ColumnSpec, ColumnType, TableSpec } from '../schema';

/** A cell as rows carry it: DATE as 'YYYY-MM-DD', null only in nullable columns. */
export type CellValue = string | number | boolean | null;

/** One row: exactly the spec's columns. */
export type Row = Readonly<Record<string, CellValue>>;

/** Column arrays keyed by column name; typed arrays are fine for numbers. */
export type Columns = Readonly<Record<string, ArrayLike<CellValue>>>;

const DAY_MS = 86_400_000;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Arrow type for a contract column type. */
export function arrowType(type: ColumnType): DataType {
	switch (type) {
		case 'VARCHAR':
			return new Utf8();
		case 'INTEGER':
			return new Int32();
		case 'DOUBLE':
			return new Float64();
		case 'DATE':
			return new DateDay();
		case 'BOOLEAN':
			return new Bool();
	}
}

/** The Arrow schema of a table spec (column order and nullability as in the spec). */
export function arrowSchema(spec: TableSpec): Schema {
	return new Schema(
		spec.columns.map((c) => new Field(c.name, arrowType(c.type), c.nullable === true))
	);
}

/**
 * Days since 1970-01-01 for a 'YYYY-MM-DD' string, or undefined when it is not a real date.
 */
export function parseIsoDate(value: string): number | undefined {
	const m = DATE_RE.exec(value);
	if (!m) return undefined;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	// Date.UTC rolls 2021-02-30 over to March: a round trip catches impossible dates.
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
		return undefined;
	}
	return ms / DAY_MS;
}

/**
 * Builds an Arrow table from row objects. Throws when a row lacks a spec column, has a column the
 * spec does not know, or holds a value of the wrong type (or null in a non-nullable column).
 */
export function rowsToTable(spec: TableSpec, rows: readonly Row[]): Table {
	const known = new Set(spec.columns.map((c) => c.name));
	rows.forEach((row, i) => {
		for (const key of Object.keys(row)) {
			if (!known.has(key)) throw new Error(`${spec.name}: row ${i} has unknown column '${key}'`);
		}
		for (const c of spec.columns) {
			if (!(c.name in row)) throw new Error(`${spec.name}: row ${i} lacks column '${c.name}'`);
		}
	});
	const columns: Record<string, CellValue[]> = {};
	for (const c of spec.columns) columns[c.name] = rows.map((r) => r[c.name] ?? null);
	return columnsToTable(spec, columns);
}

/**
 * Builds an Arrow table from column arrays (faster for large tables). Every spec column must be
 * present, no other column may be, all arrays must have the same length, and every value must
 * match its column's type.
 */
export function columnsToTable(spec: TableSpec, columns: Columns): Table {
	const names = spec.columns.map((c) => c.name);
	for (const key of Object.keys(columns)) {
		if (!names.includes(key)) throw new Error(`${spec.name}: unknown column '${key}'`);
	}
	let length: number | undefined;
	const children = spec.columns.map((c) => {
		const values = columns[c.name];
		if (values === undefined) throw new Error(`${spec.name}: missing column '${c.name}'`);
		if (length === undefined) length = values.length;
		else if (values.length !== length) {
			throw new Error(
				`${spec.name}: column '${c.name}' has ${values.length} values, not ${length}`
			);
		}
		return columnData(spec.name, c, values);
	});
	const schema = arrowSchema(spec);
	const n = length ?? 0;
	const struct = makeData({ type: new Struct(schema.fields), length: n, nullCount: 0, children });
	return new Table(schema, new RecordBatch(schema, struct));
}

/** Serialises a table in the Arrow IPC **stream** format (what DuckDB's Arrow insert reads). */
export function tableToStreamBytes(table: Table): Uint8Array {
	return tableToIPC(table, 'stream');
}

function columnData(table: string, c: ColumnSpec, values: ArrayLike<CellValue>): Data {
	const n = values.length;
	const validity = new Uint8Array((n + 7) >> 3);
	let nullCount = 0;
	const where = (i: number) => `${table}.${c.name} row ${i}`;
	const isNull = (i: number, v: CellValue | undefined): v is null | undefined => {
		if (v !== null && v !== undefined) {
			validity[i >> 3]! |= 1 << (i & 7);
			return false;
		}
		if (c.nullable !== true) throw new Error(`${where(i)}: null in a non-nullable column`);
		nullCount++;
		return true;
	};
	const nullBitmap = () => (nullCount > 0 ? validity : undefined);

	switch (c.type) {
		case 'INTEGER': {
			const data = new Int32Array(n);
			for (let i = 0; i < n; i++) {
				const v = values[i];
				if (isNull(i, v)) continue;
				if (typeof v !== 'number' || !Number.isInteger(v) || v < INT32_MIN || v > INT32_MAX) {
					throw new Error(`${where(i)}: ${String(v)} is not a 32-bit integer`);
				}
				data[i] = v;
			}
			return makeData({ type: new Int32(), length: n, nullCount, nullBitmap: nullBitmap(), data });
		}
		case 'DOUBLE': {
			const data = new Float64Array(n);
			for (let i = 0; i < n; i++) {
				const v = values[i];
				if (isNull(i, v)) continue;
				if (typeof v !== 'number' || !Number.isFinite(v)) {
					throw new Error(`${where(i)}: ${String(v)} is not a finite number`);
				}
				data[i] = v;
			}
			return makeData({
				type: new Float64(),
				length: n,
				nullCount,
				nullBitmap: nullBitmap(),
				data
			});
		}
		case 'DATE': {
			const data = new Int32Array(n);
			const cache = new Map<string, number>();
			for (let i = 0; i < n; i++) {
				const v = values[i];
				if (isNull(i, v)) continue;
				const days = typeof v === 'string' ? (cache.get(v) ?? parseIsoDate(v)) : undefined;
				if (days === undefined)
					throw new Error(`${where(i)}: ${String(v)} is not a YYYY-MM-DD date`);
				cache.set(v as string, days);
				data[i] = days;
			}
			return makeData({
				type: new DateDay(),
				length: n,
				nullCount,
				nullBitmap: nullBitmap(),
				data
			});
		}
		case 'BOOLEAN': {
			const data = new Uint8Array((n + 7) >> 3);
			for (let i = 0; i < n; i++) {
				const v = values[i];
				if (isNull(i, v)) continue;
				if (typeof v !== 'boolean') throw new Error(`${where(i)}: ${String(v)} is not a boolean`);
				if (v) data[i >> 3]! |= 1 << (i & 7);
			}
			return makeData({ type: new Bool(), length: n, nullCount, nullBitmap: nullBitmap(), data });
		}
		case 'VARCHAR': {
			const encoder = new TextEncoder();
			const encoded: Uint8Array[] = new Array(n);
			const cache = new Map<string, Uint8Array>();
			const empty = new Uint8Array(0);
			let total = 0;
			for (let i = 0; i < n; i++) {
				const v = values[i];
				if (isNull(i, v)) {
					encoded[i] = empty;
					continue;
				}
				if (typeof v !== 'string') throw new Error(`${where(i)}: ${String(v)} is not a string`);
				let bytes = cache.get(v);
				if (bytes === undefined) {
					bytes = encoder.encode(v);
					cache.set(v, bytes);
				}
				encoded[i] = bytes;
				total += bytes.length;
			}
			const valueOffsets = new Int32Array(n + 1);
			const data = new Uint8Array(total);
			let offset = 0;
			for (let i = 0; i < n; i++) {
				const bytes = encoded[i]!;
				data.set(bytes, offset);
				offset += bytes.length;
				valueOffsets[i + 1] = offset;
			}
			return makeData({
				type: new Utf8(),
				length: n,
				nullCount,
				nullBitmap: nullBitmap(),
				valueOffsets,
				data
			});
		}
	}
}
