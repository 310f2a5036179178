/**
 * CSV text → header + row objects, without d3's csvParse: that compiles a row converter with
 * `new Function`, which the CSP (no 'unsafe-eval') forbids in the browser.
 */
import { csvParseRows } from 'd3';

/** The header and one object per row, keyed by the header's names. */
export function csvObjects(text: string): { columns: string[]; rows: Record<string, string>[] } {
	const [columns = [], ...rows] = csvParseRows(text);
	return {
		columns,
		rows: rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i] ?? ''])))
	};
}
