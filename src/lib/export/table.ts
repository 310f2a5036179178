/**
 * Arrow IPC bytes (a query result) → plain columns, for the one writer that needs a value per
 * cell (XLSX): strings, numbers, booleans and dates as 'YYYY-MM-DD', each column with its kind.
 */
import { tableFromIPC, type Table } from 'apache-arrow';

export type FieldKind = 'string' | 'number' | 'integer' | 'date' | 'boolean';

export interface ExportField {
	readonly name: string;
	readonly kind: FieldKind;
}

export interface ExportTable {
	readonly fields: readonly ExportField[];
	/** Values by column; dates as 'YYYY-MM-DD', nulls as null. */
	readonly columns: readonly (readonly (string | number | boolean | null)[])[];
	readonly numRows: number;
}

function kindOf(type: string): FieldKind {
	if (/^Date|^Timestamp/.test(type)) return 'date';
	if (/^U?Int/.test(type)) return 'integer';
	if (/^Float|^Decimal/.test(type)) return 'number';
	if (/^Bool/.test(type)) return 'boolean';
	return 'string';
}

function plain(value: unknown, kind: FieldKind): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (kind === 'date') {
		const ms = value instanceof Date ? value.getTime() : Number(value);
		return new Date(ms).toISOString().slice(0, 10);
	}
	if (typeof value === 'bigint') return Number(value);
	if (kind === 'string' && typeof value !== 'string') return String(value);
	return value as string | number | boolean;
}

/** Reads IPC stream or file bytes into an ExportTable. */
export function exportTable(ipc: Uint8Array | Table): ExportTable {
	const table = ipc instanceof Uint8Array ? tableFromIPC(ipc) : ipc;
	const fields = table.schema.fields.map((f) => ({ name: f.name, kind: kindOf(String(f.type)) }));
	const columns = fields.map((f, j) => {
		const vector = table.getChildAt(j)!;
		const out = new Array<string | number | boolean | null>(table.numRows);
		for (let i = 0; i < table.numRows; i++) out[i] = plain(vector.get(i), f.kind);
		return out;
	});
	return { fields, columns, numRows: table.numRows };
}
