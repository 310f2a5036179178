/**
 * Writes split `imports` columns as an Arrow IPC stream with dictionary-encoded strings (one byte
 * or two per value instead of the string) in record batches of at most `batchRows` rows. DuckDB
 * reads the dictionaries back as VARCHAR, so the contract's types hold.
 */
import {
	DateDay,
	Dictionary,
	Field,
	Float64,
	Int16,
	Int32,
	Int8,
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
import type { SplitColumns } from './scale';

const BATCH_ROWS = 1 << 20;

/** The split table as Arrow IPC stream bytes (columns in contract order). */
export function splitToStreamBytes(cols: SplitColumns, batchRows = BATCH_ROWS): Uint8Array {
	const cityType = new Dictionary(new Utf8(), new Int16(), 0);
	const catType = new Dictionary(new Utf8(), new Int8(), 1);
	const chType = new Dictionary(new Utf8(), new Int8(), 2);
	const dictionaries = {
		city: vectorFromArray(cols.dictionaries.city, new Utf8()),
		category: vectorFromArray(cols.dictionaries.category, new Utf8()),
		channel: vectorFromArray(cols.dictionaries.channel, new Utf8())
	};
	const fields = [
		new Field('month', new DateDay(), false),
		new Field('city_code', cityType, false),
		new Field('category', catType, false),
		new Field('channel', chType, false),
		new Field('orders', new Int32(), false),
		new Field('value_cny', new Float64(), false)
	];
	const schema = new Schema(fields);
	const batches: RecordBatch[] = [];
	for (let start = 0; start < cols.length || start === 0; start += batchRows) {
		const end = Math.min(cols.length, start + batchRows);
		const length = end - start;
		const children: Data[] = [
			makeData({ type: new DateDay(), length, data: cols.monthDays.subarray(start, end) }),
			makeData({
				type: cityType,
				length,
				data: cols.city.subarray(start, end),
				dictionary: dictionaries.city
			}),
			makeData({
				type: catType,
				length,
				data: cols.category.subarray(start, end),
				dictionary: dictionaries.category
			}),
			makeData({
				type: chType,
				length,
				data: cols.channel.subarray(start, end),
				dictionary: dictionaries.channel
			}),
			makeData({ type: new Int32(), length, data: cols.orders.subarray(start, end) }),
			makeData({ type: new Float64(), length, data: cols.value.subarray(start, end) })
		];
		const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
		batches.push(new RecordBatch(schema, struct));
		if (cols.length === 0) break;
	}
	return tableToIPC(new Table(schema, batches), 'stream');
}
