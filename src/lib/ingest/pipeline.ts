/**
 * The upload pipeline in three pure steps the page walks through with the analyst:
 * read (file → grid), propose (grid → target table, header, mapping), check (→ validation),
 * then `toArrow` builds the table the engine loads. Nothing here touches the engine.
 */
import type { Table } from 'apache-arrow';
import { columnsToTable } from '../data/arrow-table';
import { tableSpec, type TableSpec } from '../schema';
import { IngestError } from './errors';
import { locateHeader, type HeaderInfo } from './header';
import { assertComplete, guessTable, proposeMapping, type Mapping } from './mapping';
import type { ReadFile } from './readers';
import type { IngestReference } from './reference';
import { cellText, isBlank, type Grid } from './grid';
import { validateRows, type Validation } from './validate';
import { scaleWarnings, type NationalScale, type ScaleWarning } from './scale-check';

/** The check of every row, and the magnitude warnings shown before loading. */
export type Checked = Validation & { readonly warnings: readonly ScaleWarning[] };

export interface Proposal {
	readonly spec: TableSpec;
	readonly header: HeaderInfo;
	readonly mapping: Mapping;
}

/** What the page holds of a read file: everything but the rows, and the first rows. */
export type ReadSummary = Omit<ReadFile, 'grid' | 'lines'> & {
	/** The first rows (header search, samples, the example row). */
	readonly head: Grid;
	/** Rows in the whole grid. */
	readonly rowCount: number;
};

/** Rows kept in a summary: the header search window and a few rows below it. */
export const HEAD_ROWS = 60;

/** The summary of a read file the worker sends the page. */
export function summarise(file: ReadFile): ReadSummary {
	const { grid, lines: _lines, ...rest } = file;
	void _lines;
	return { ...rest, head: grid.slice(0, HEAD_ROWS), rowCount: grid.length };
}

/** Finds the header and proposes a target table and mapping; `tableName` forces the table. */
export function propose(read: ReadFile | ReadSummary, tableName?: string): Proposal {
	const file = 'head' in read ? { ...read, grid: read.head } : read;
	const total = 'head' in read ? read.rowCount : read.grid.length;
	const first = file.grid[0] ?? [];
	const spec =
		(tableName ? tableSpec(tableName) : undefined) ??
		guessTable(file.structured ? first.map(cellText) : headersAnywhere(file));
	const header: HeaderInfo = file.structured
		? { index: 0, headers: first.map(cellText), titles: [] }
		: locateHeader(
				file.grid,
				spec.columns.map((c) => c.name)
			);
	const hasRows =
		total > file.grid.length ||
		file.grid.slice(header.index + 1).some((row) => row.some((c) => !isBlank(c)));
	if (!hasRows) throw new IngestError('no-rows');
	return { spec, header, mapping: proposeMapping(spec, header.headers, header.titles) };
}

/** Every cell of the first rows, so the table can be guessed before the header is known. */
function headersAnywhere(file: ReadFile): string[] {
	return file.grid.slice(0, 30).flat().map(cellText);
}

/** Checks every row under a confirmed mapping; throws 'unmapped' if a required column has none. */
export function check(
	file: ReadFile,
	proposal: Proposal,
	mapping: Mapping,
	reference: IngestReference,
	national: NationalScale = {}
): Checked {
	assertComplete(proposal.spec, mapping);
	const v = validateRows(
		proposal.spec,
		file.grid,
		proposal.header.index,
		mapping,
		reference,
		file.lines ? (i) => file.lines![i] ?? i + 1 : undefined
	);
	if (v.goodRows + v.badRows === 0) throw new IngestError('no-rows');
	return { ...v, warnings: scaleWarnings(proposal.spec, v, national) };
}

/** The Arrow table of the rows that passed, in contract order and types. */
export function toArrow(spec: TableSpec, validation: Validation): Table {
	return columnsToTable(spec, validation.columns);
}

/** The first data row (of the first few) that converts under `mapping`, as the page previews it. */
export function previewRow(
	head: Grid,
	proposal: Proposal,
	mapping: Mapping,
	reference: IngestReference
): { row: number; cells: string[] } | null {
	const v = validateRows(
		proposal.spec,
		head.slice(0, Math.min(head.length, proposal.header.index + 12)),
		proposal.header.index,
		mapping,
		reference
	);
	if (!v.example) return null;
	const cells = proposal.spec.columns.map((c) => {
		const read = v.example!.read[c.name];
		const value = String(v.example!.converted[c.name] ?? '');
		return read && read !== value ? `${c.name}: ${read} → ${value}` : `${c.name}: ${value}`;
	});
	return { row: v.example.row, cells };
}
