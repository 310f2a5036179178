/** Reads the reference CSVs from disk for tests (the app bundles the same files). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';

const ROOT = resolve(import.meta.dirname, '../..');

/** Parsed rows of data/reference/<name>.csv. */
export function referenceCsv(name: string): Record<string, string>[] {
	return csvParse(
		readFileSync(resolve(ROOT, 'data/reference', `${name}.csv`), 'utf8')
	) as unknown as Record<string, string>[];
}

/** Bytes of a generated data file as the build serves it. */
export function builtDataFile(file: string): Uint8Array {
	return new Uint8Array(readFileSync(resolve(ROOT, 'static/data', file)));
}
