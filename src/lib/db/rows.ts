/**
 * Arrow results → plain rows. DuckDB hands back bigint for COUNT/BIGINT, typed arrays for HUGEINT
 * and epoch numbers for dates; views should never see any of that.
 */
import type { Row } from './connector';

interface ArrowLikeTable {
	toArray(): ArrayLike<{ toJSON(): Record<string, unknown> }>;
	readonly schema: {
		readonly fields: readonly { readonly name: string; readonly typeId: number }[];
	};
}

// apache-arrow Type enum values; kept local so this module needs no arrow import.
const DATE_TYPE_ID = 8;
const TIMESTAMP_TYPE_ID = 10;

/** Converts one value to something JSON and Svelte can hold. */
export function plainValue(value: unknown, typeId?: number): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ((typeId === DATE_TYPE_ID || typeId === TIMESTAMP_TYPE_ID) && typeof value === 'number') {
		return new Date(value).toISOString().slice(0, 10);
	}
	if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
		// HUGEINT/DECIMAL arrive as little-endian 32-bit words; cast in SQL to avoid precision loss.
		const words = Array.from(value as unknown as ArrayLike<number>);
		return words.reduceRight((acc, w) => acc * 2 ** 32 + (w >>> 0), 0);
	}
	return value;
}

/** Converts an Arrow table to an array of plain objects. */
export function tableToRows<T = Row>(table: ArrowLikeTable): T[] {
	const types = new Map(table.schema.fields.map((f) => [f.name, f.typeId]));
	return Array.from(table.toArray(), (r) => {
		const json = r.toJSON();
		const out: Row = {};
		for (const key of Object.keys(json)) out[key] = plainValue(json[key], types.get(key));
		return out as T;
	});
}
