/**
 * Which column of the file feeds which column of the contract, and in what unit. Proposed from the
 * headers; the analyst confirms or changes it before anything is checked or loaded.
 */
import { TABLES, type TableSpec } from '../schema';
import { IngestError } from './errors';
import { matchColumn, unitFactor } from './synonyms';

export interface ColumnMapping {
	/** Index of the file's column, or null when nothing feeds it. */
	readonly source: number | null;
	/** Multiplier from the file's unit to the contract's (万元 → 1e4); 1 for non-numbers. */
	readonly factor: number;
}

export type Mapping = Readonly<Record<string, ColumnMapping>>;

/** Tables an analyst may bring their own rows for: the modelled ones. */
export const UPLOAD_TABLES: readonly TableSpec[] = TABLES.filter((t) => t.kind === 'modelled');

const numeric = (spec: TableSpec, column: string) =>
	spec.columns.some((c) => c.name === column && (c.type === 'INTEGER' || c.type === 'DOUBLE'));

/** Proposes a mapping for `spec` from a header row; each file column feeds at most one column. */
export function proposeMapping(spec: TableSpec, headers: readonly string[]): Mapping {
	const names = spec.columns.map((c) => c.name);
	const out: Record<string, ColumnMapping> = {};
	for (const name of names) out[name] = { source: null, factor: 1 };
	headers.forEach((header, i) => {
		const name = matchColumn(header, names);
		if (name && out[name]!.source === null) {
			out[name] = { source: i, factor: numeric(spec, name) ? unitFactor(header) : 1 };
		}
	});
	return out;
}

/** The upload table whose columns the headers name best (the first, imports, on a tie). */
export function guessTable(headers: readonly string[]): TableSpec {
	let best = UPLOAD_TABLES[0]!;
	let bestScore = -1;
	for (const spec of UPLOAD_TABLES) {
		const mapping = proposeMapping(spec, headers);
		const score = Object.values(mapping).filter((m) => m.source !== null).length;
		if (score > bestScore) {
			best = spec;
			bestScore = score;
		}
	}
	return best;
}

/** Throws 'unmapped' naming the required columns nothing feeds. */
export function assertComplete(spec: TableSpec, mapping: Mapping): void {
	const missing = spec.columns
		.filter((c) => !c.nullable && (mapping[c.name]?.source ?? null) === null)
		.map((c) => c.name);
	if (missing.length > 0) throw new IngestError('unmapped', { columns: missing.join(', ') });
}
