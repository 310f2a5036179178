/**
 * Arrow → JSON bytes, `{ "provenance": …, "rows": [ {…}, … ] }`, written from the column buffers.
 * Text cells follow the same spreadsheet-safe rule as CSV unless the policy is `raw`.
 */
import type { Table } from 'apache-arrow';
import { batchWriters, type CellSyntax } from './arrow-cells';
import { ByteSink } from './byte-sink';
import type { TextPolicy } from './text-cells';
import type { WriteProgress } from './csv-writer';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEX = '0123456789abcdef';

const JSON_SYNTAX: CellSyntax = {
	nullCell: 'null',
	nonFinite: () => 'null',
	text(sink, bytes, defuse) {
		sink.reserve(bytes.length + 3);
		sink.byte(QUOTE);
		if (defuse) sink.byte(0x27);
		for (let k = 0; k < bytes.length; k++) {
			const b = bytes[k]!;
			if (b === QUOTE || b === BACKSLASH) {
				sink.byte(BACKSLASH);
				sink.byte(b);
			} else if (b < 0x20) {
				sink.ascii(`\\u00${HEX[b >> 4]}${HEX[b & 15]}`);
			} else sink.byte(b);
		}
		sink.byte(QUOTE);
	}
};

/** The table as JSON rows under a provenance object (already plain JSON). */
export function writeJson(
	table: Table,
	provenance: unknown,
	policy: TextPolicy = 'safe',
	onProgress: WriteProgress = () => {}
): Uint8Array {
	const encoder = new TextEncoder();
	const sink = new ByteSink(Math.max(1 << 16, table.numRows * 128));
	sink.bytes(encoder.encode(`{"provenance":${JSON.stringify(provenance)},"rows":[`));
	const keys = table.schema.fields.map((f, j) =>
		encoder.encode(`${j === 0 ? '{' : ','}${JSON.stringify(f.name)}:`)
	);
	let done = 0;
	for (const batch of table.batches) {
		const writers = batchWriters(batch, JSON_SYNTAX, policy);
		for (let i = 0; i < batch.numRows; i++) {
			if (done + i > 0) sink.byte(0x2c);
			sink.byte(0x0a);
			for (let j = 0; j < writers.length; j++) {
				sink.bytes(keys[j]!);
				writers[j]!(sink, i);
			}
			sink.byte(0x7d);
		}
		done += batch.numRows;
		onProgress(done, table.numRows);
	}
	sink.bytes(encoder.encode('\n]}\n'));
	return sink.finish();
}
