/**
 * Arrow → CSV bytes (RFC 4180, UTF-8 with a BOM so Excel reads Chinese), straight from the
 * column buffers. Text cells are spreadsheet-safe unless the policy is `raw` (see text-cells.ts).
 */
import type { Table } from 'apache-arrow';
import { batchWriters, type CellSyntax } from './arrow-cells';
import { ByteSink } from './byte-sink';
import { defuseText, type TextPolicy } from './text-cells';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const APOSTROPHE = 0x27;
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function needsQuotes(bytes: Uint8Array): boolean {
	for (let k = 0; k < bytes.length; k++) {
		const b = bytes[k]!;
		if (b === QUOTE || b === COMMA || b === LF || b === CR) return true;
	}
	return false;
}

const CSV: CellSyntax = {
	nullCell: '',
	nonFinite: (n) => String(n),
	text(sink, bytes, defuse) {
		if (!defuse && !needsQuotes(bytes)) return sink.bytes(bytes);
		sink.reserve(bytes.length * 2 + 3);
		sink.byte(QUOTE);
		if (defuse) sink.byte(APOSTROPHE);
		for (let k = 0; k < bytes.length; k++) {
			const b = bytes[k]!;
			if (b === QUOTE) sink.byte(QUOTE);
			sink.byte(b);
		}
		sink.byte(QUOTE);
	}
};

export interface WriteProgress {
	(rowsDone: number, rowsTotal: number): void;
}

/** The whole table as CSV; `onProgress` is told after each record batch. */
export function writeCsv(
	table: Table,
	policy: TextPolicy = 'safe',
	onProgress: WriteProgress = () => {}
): Uint8Array {
	const sink = new ByteSink(Math.max(1 << 16, table.numRows * 64));
	sink.bytes(BOM);
	const encoder = new TextEncoder();
	table.schema.fields.forEach((f, j) => {
		if (j > 0) sink.byte(COMMA);
		const name = policy === 'safe' ? defuseText(f.name) : f.name;
		CSV.text(sink, encoder.encode(name), false);
	});
	sink.byte(LF);
	let done = 0;
	for (const batch of table.batches) {
		const writers = batchWriters(batch, CSV, policy);
		const width = writers.length;
		for (let i = 0; i < batch.numRows; i++) {
			for (let j = 0; j < width; j++) {
				if (j > 0) sink.byte(COMMA);
				writers[j]!(sink, i);
			}
			sink.byte(LF);
		}
		done += batch.numRows;
		onProgress(done, table.numRows);
	}
	return sink.finish();
}
