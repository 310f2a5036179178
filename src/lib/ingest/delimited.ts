/**
 * Delimited text → grid. The delimiter is the candidate that splits the most sample lines into the
 * same number of cells; title rows (no delimiter) and ragged rows do not sway it.
 */
import { dsvFormat } from 'd3';
import { IngestError } from './errors';
import type { Grid } from './grid';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 50;

/** Counts a delimiter in a line outside double-quoted sections. */
function countOutsideQuotes(line: string, delimiter: string): number {
	let quoted = false;
	let n = 0;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === delimiter) n++;
	}
	return n;
}

/** Picks the delimiter of a text; throws 'no-delimiter' when no candidate splits the lines. */
export function detectDelimiter(text: string, fileName = ''): Delimiter {
	const lines = text
		.split(/\r\n|\n|\r/)
		.filter((l) => l.trim() !== '')
		.slice(0, SAMPLE_LINES);
	let best: { delimiter: Delimiter; score: number } | null = null;
	for (const delimiter of DELIMITERS) {
		const counts = lines.map((l) => countOutsideQuotes(l, delimiter)).filter((c) => c > 0);
		if (counts.length === 0) continue;
		const freq = new Map<number, number>();
		for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
		const score = Math.max(...freq.values());
		const preferred = /\.tsv$/i.test(fileName) && delimiter === '\t';
		if (!best || score > best.score || (score === best.score && preferred)) {
			best = { delimiter, score };
		}
	}
	// One line with a delimiter in it is not a table (a sentence with a comma is not a CSV).
	if (!best || (best.score < 2 && lines.length > 1)) {
		throw new IngestError('no-delimiter', { sample: (lines[0] ?? '').slice(0, 60) });
	}
	return best.delimiter;
}

/** Parses delimited text (RFC 4180 quoting) into a grid of strings. */
export function parseDelimited(text: string, delimiter: Delimiter): Grid {
	return dsvFormat(delimiter).parseRows(text);
}
