/**
 * Spreadsheet-safe text cells, the way OWASP's "CSV Injection" page describes: a text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and
 * Google Sheets as a formula (`=HYPERLINK(…)` can leak the sheet), so such a cell gets a leading
 * apostrophe, which spreadsheets show as text and do not evaluate; every cell is then quoted as
 * CSV requires. Only text columns are touched: numbers stay numbers (a negative number is not a
 * formula). `raw` exports (for machines) skip the apostrophe.
 */

const TRIGGERS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** True when a text cell starting with this byte (or character code) would run as a formula. */
export function startsFormula(firstCode: number | undefined): boolean {
	return firstCode !== undefined && TRIGGERS.has(firstCode);
}

/** The text as a spreadsheet should receive it: `'=1+1` for `=1+1`, everything else unchanged. */
export function defuseText(text: string): string {
	return startsFormula(text.charCodeAt(0)) ? `'${text}` : text;
}

/** How text cells are written: `safe` (the default) defuses formulas; `raw` writes them as they are. */
export type TextPolicy = 'safe' | 'raw';
