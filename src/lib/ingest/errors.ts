/**
 * What can go wrong with an analyst's file, as codes with parameters. The page turns a code into a
 * sentence in the reader's language (the workbench catalogue); tests check the code.
 */

/** Problems that stop a file before any row is looked at. */
export type FileErrorCode =
	| 'empty'
	| 'too-large'
	| 'binary'
	| 'html'
	| 'unsupported-format'
	| 'undecodable'
	| 'no-delimiter'
	| 'no-header'
	| 'header-spans-rows'
	| 'no-rows'
	| 'corrupt-xlsx'
	| 'xlsx-not-zip'
	| 'xlsx-missing-part'
	| 'xlsx-bad-xml'
	| 'xlsx-unsupported'
	| 'xlsx-no-sheet'
	| 'read-failed'
	| 'corrupt-parquet'
	| 'corrupt-arrow'
	| 'bad-json'
	| 'json-shape'
	| 'unmapped'
	| 'fetch-failed';

export type ErrorParams = Readonly<Record<string, string | number>>;

/** A file-level failure: nothing was loaded, nothing already loaded was touched. */
export class IngestError extends Error {
	constructor(
		readonly code: FileErrorCode,
		readonly params: ErrorParams = {},
		detail?: string
	) {
		super(detail ? `${code}: ${detail}` : code);
		this.name = 'IngestError';
	}
}

/** Problems with one cell or row; the analyst may fix the mapping, skip the rows, or cancel. */
export type RowProblemCode =
	| 'ragged'
	| 'missing'
	| 'not-a-number'
	| 'not-an-integer'
	| 'negative'
	| 'bad-month'
	| 'month-out-of-range'
	| 'unknown-code'
	| 'out-of-range'
	| 'total-row'
	| 'mixed-grain'
	| 'duplicate';

export interface RowProblem {
	/** Line in the file as a spreadsheet shows it (1-based, title rows included). */
	readonly row: number;
	/** Contract column the problem is in, or null for the whole row. */
	readonly column: string | null;
	readonly code: RowProblemCode;
	/** The value as read, for the report. */
	readonly value: string;
	readonly params: ErrorParams;
}
