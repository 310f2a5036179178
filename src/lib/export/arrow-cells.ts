/**
 * Writes the cells of Arrow record batches straight from their buffers: UTF-8 strings are copied
 * as bytes, numbers and dates formatted without building row objects. CSV and JSON share this;
 * only how a text cell and a null are spelled differs (`CellSyntax`).
 */
import { DataType, makeVector, type Data, type RecordBatch } from 'apache-arrow';
import type { ByteSink } from './byte-sink';
import { startsFormula, type TextPolicy } from './text-cells';

/** How one format spells text, nulls and non-finite numbers. */
export interface CellSyntax {
	/** Writes UTF-8 bytes of a text cell; `defuse` asks for a leading apostrophe. */
	text(sink: ByteSink, bytes: Uint8Array, defuse: boolean): void;
	readonly nullCell: string;
	/** How NaN and ±Infinity are written (JSON has no spelling for them). */
	nonFinite(n: number): string;
}

export type CellWriter = (sink: ByteSink, row: number) => void;

const encoder = new TextEncoder();
const DAY_MS = 86_400_000;

function isoDay(days: number): string {
	return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Writers for each column of one batch, in schema order. */
export function batchWriters(
	batch: RecordBatch,
	syntax: CellSyntax,
	policy: TextPolicy
): CellWriter[] {
	return batch.schema.fields.map((_, j) =>
		columnWriter(batch.getChildAt(j)!.data[0]!, syntax, policy)
	);
}

function withNulls(data: Data, syntax: CellSyntax, write: CellWriter): CellWriter {
	if (data.nullCount === 0) return write;
	return (sink, i) => (data.getValid(i) ? write(sink, i) : sink.ascii(syntax.nullCell));
}

function numberText(n: number, syntax: CellSyntax): string {
	return Number.isFinite(n) ? String(n) : syntax.nonFinite(n);
}

function columnWriter(data: Data, syntax: CellSyntax, policy: TextPolicy): CellWriter {
	const type = data.type as DataType;
	const safe = policy === 'safe';
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) {
		const offsets = data.valueOffsets as Int32Array;
		const values = data.values as Uint8Array;
		return withNulls(data, syntax, (sink, i) => {
			const start = Number(offsets[i]);
			const bytes = values.subarray(start, Number(offsets[i + 1]));
			syntax.text(sink, bytes, safe && startsFormula(bytes[0]));
		});
	}
	if (DataType.isDictionary(type) && data.dictionary) {
		const dict = data.dictionary;
		const entries: Uint8Array[] = [];
		for (let k = 0; k < dict.length; k++) {
			const v: unknown = dict.get(k);
			entries.push(encoder.encode(v === null || v === undefined ? '' : String(v)));
		}
		const keys = data.values as ArrayLike<number>;
		return withNulls(data, syntax, (sink, i) => {
			const bytes = entries[Number(keys[i])]!;
			syntax.text(sink, bytes, safe && startsFormula(bytes[0]));
		});
	}
	if (DataType.isFloat(type) || (DataType.isInt(type) && type.bitWidth <= 32)) {
		const values = data.values as ArrayLike<number>;
		return withNulls(data, syntax, (sink, i) => sink.ascii(numberText(values[i]!, syntax)));
	}
	if (DataType.isInt(type)) {
		const values = data.values as BigInt64Array | BigUint64Array;
		return withNulls(data, syntax, (sink, i) => sink.ascii(String(values[i])));
	}
	if (DataType.isDate(type) && type.unit === 0) {
		const values = data.values as Int32Array;
		const cache = new Map<number, string>();
		return withNulls(data, syntax, (sink, i) => {
			const d = values[i]!;
			let text = cache.get(d);
			if (text === undefined) cache.set(d, (text = isoDay(d)));
			syntax.text(sink, encoder.encode(text), false);
		});
	}
	if (DataType.isBool(type)) {
		return withNulls(data, syntax, (sink, i) => {
			const bit = data.offset + i;
			const on = ((data.values as Uint8Array)[bit >> 3]! >> (bit & 7)) & 1;
			sink.ascii(on ? 'true' : 'false');
		});
	}
	// Anything else (timestamps, decimals, lists…): one value at a time through Arrow's getter.
	const vector = makeVector(data);
	return withNulls(data, syntax, (sink, i) => {
		const v: unknown = vector.get(i);
		if (v === null || v === undefined) return sink.ascii(syntax.nullCell);
		if (DataType.isDate(type)) {
			return syntax.text(sink, encoder.encode(isoDay(Math.floor(Number(v) / DAY_MS))), false);
		}
		if (DataType.isTimestamp(type)) {
			return syntax.text(sink, encoder.encode(new Date(Number(v)).toISOString()), false);
		}
		if (typeof v === 'number') return sink.ascii(numberText(v, syntax));
		if (typeof v === 'bigint' || typeof v === 'boolean') return sink.ascii(String(v));
		const text =
			typeof v === 'string'
				? v
				: JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
		const bytes = encoder.encode(text);
		syntax.text(sink, bytes, safe && typeof v === 'string' && startsFormula(bytes[0]));
	});
}
