/**
 * A native DuckDB result as Arrow IPC stream bytes, the format the browser reads from either
 * engine. Numbers become Float64 or Int32, dates stay dates (days), text stays text; types the
 * views never return are sent as text rather than guessed.
 */
import {
	Bool,
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
	vectorFromArray,
	type Data
} from 'apache-arrow';
import { DuckDBTypeId, type DuckDBMaterializedResult, type DuckDBValue } from '@duckdb/node-api';

const INT32_TYPES = new Set([
	DuckDBTypeId.TINYINT,
	DuckDBTypeId.SMALLINT,
	DuckDBTypeId.INTEGER,
	DuckDBTypeId.UTINYINT,
	DuckDBTypeId.USMALLINT
]);
const FLOAT_TYPES = new Set([
	DuckDBTypeId.FLOAT,
	DuckDBTypeId.DOUBLE,
	DuckDBTypeId.BIGINT,
	DuckDBTypeId.UBIGINT,
	DuckDBTypeId.UINTEGER,
	DuckDBTypeId.HUGEINT,
	DuckDBTypeId.UHUGEINT,
	DuckDBTypeId.DECIMAL
]);

function toNumber(v: DuckDBValue): number {
	if (typeof v === 'number') return v;
	if (typeof v === 'bigint') return Number(v);
	const d = v as { toDouble?: () => number };
	return typeof d.toDouble === 'function' ? d.toDouble() : Number(String(v));
}

/** A validity bitmap, or undefined when nothing is null. */
function validity(values: readonly DuckDBValue[]): { bitmap?: Uint8Array; nulls: number } {
	let nulls = 0;
	for (const v of values) if (v === null) nulls++;
	if (nulls === 0) return { nulls };
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v !== null) bitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

function column(typeId: DuckDBTypeId, values: readonly DuckDBValue[]): Data {
	const length = values.length;
	const { bitmap, nulls } = validity(values);
	if (INT32_TYPES.has(typeId)) {
		const data = Int32Array.from(values, (v) => (v === null ? 0 : toNumber(v)));
		return makeData({ type: new Int32(), length, data, nullCount: nulls, nullBitmap: bitmap });
	}
	if (FLOAT_TYPES.has(typeId)) {
		const data = Float64Array.from(values, (v) => (v === null ? 0 : toNumber(v)));
		return makeData({ type: new Float64(), length, data, nullCount: nulls, nullBitmap: bitmap });
	}
	if (typeId === DuckDBTypeId.DATE) {
		const days = Int32Array.from(values, (v) => (v === null ? 0 : (v as { days: number }).days));
		return makeData({
			type: new DateDay(),
			length,
			data: days,
			nullCount: nulls,
			nullBitmap: bitmap
		});
	}
	if (typeId === DuckDBTypeId.BOOLEAN) {
		return vectorFromArray(values as (boolean | null)[], new Bool()).data[0]!;
	}
	return utf8(values, bitmap, nulls);
}

const encoder = new TextEncoder();

/** Text as one UTF-8 buffer with offsets (apache-arrow's generic builder is ten times slower). */
function utf8(values: readonly DuckDBValue[], bitmap: Uint8Array | undefined, nulls: number): Data {
	const texts = values.map((v) => (v === null ? '' : typeof v === 'string' ? v : String(v)));
	const valueOffsets = new Int32Array(texts.length + 1);
	let size = 0;
	for (const t of texts) size += t.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
	const buffer = new Uint8Array(size);
	let at = 0;
	texts.forEach((t, i) => {
		at += encoder.encodeInto(t, buffer.subarray(at)).written;
		valueOffsets[i + 1] = at;
	});
	const data = buffer.slice(0, at);
	return makeData({
		type: new Utf8(),
		length: texts.length,
		data,
		valueOffsets,
		nullCount: nulls,
		nullBitmap: bitmap
	});
}

/** The result's columns as one Arrow record batch, serialised as an IPC stream. */
export async function resultToIpc(result: DuckDBMaterializedResult): Promise<Uint8Array> {
	const names = result.deduplicatedColumnNames();
	const columns = await result.getColumns();
	const length = columns[0]?.length ?? 0;
	const children = names.map((_, i) => column(result.columnTypeId(i), columns[i] ?? []));
	const fields = names.map((name, i) => new Field(name, children[i]!.type, true));
	const schema = new Schema(fields);
	const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
	return tableToIPC(new Table(schema, [new RecordBatch(schema, struct)]), 'stream');
}
