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
import { cellText, isBlank } from './grid';
import { validateRows, type Validation } from './validate';

export interface Proposal {
	readonly spec: TableSpec;
	readonly header: HeaderInfo;
	readonly mapping: Mapping;
}

/** Finds the header and proposes a target table and mapping; `tableName` forces the table. */
export function propose(file: ReadFile, tableName?: string): Proposal {
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
	const hasRows = file.grid.slice(header.index + 1).some((row) => row.some((c) => !isBlank(c)));
	if (!hasRows) throw new IngestError('no-rows');
	return { spec, header, mapping: proposeMapping(spec, header.headers) };
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
	reference: IngestReference
): Validation {
	assertComplete(proposal.spec, mapping);
	const v = validateRows(proposal.spec, file.grid, proposal.header.index, mapping, reference);
	if (v.goodRows + v.badRows === 0) throw new IngestError('no-rows');
	return v;
}

/** The Arrow table of the rows that passed, in contract order and types. */
export function toArrow(spec: TableSpec, validation: Validation): Table {
	return columnsToTable(spec, validation.columns);
}
