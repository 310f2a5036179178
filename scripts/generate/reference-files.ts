/** Reads the reference CSVs from disk: the generator's only use of the file system. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLES } from '../../src/lib/schema';

/** CSV text by file name ('cities.csv' …). */
export type ReferenceFiles = ReadonlyMap<string, string>;

/** `data/reference/` of this repository. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** One CSV per reference table of the contract, named after the table. */
export const REFERENCE_FILE_NAMES: readonly string[] = TABLES.filter(
	(t) => t.kind === 'reference'
).map((t) => `${t.name}.csv`);

/** Inputs of the model that are not contract tables (merged into `cities`). */
export const MODEL_INPUT_FILE_NAMES: readonly string[] = ['comparison_places.csv'];

/** Reads every reference CSV in `dir` (default `data/reference/`), and the model's inputs. */
export function readReferenceFiles(dir: string = REFERENCE_DIR): ReferenceFiles {
	return new Map(
		[...REFERENCE_FILE_NAMES, ...MODEL_INPUT_FILE_NAMES].map((f) => [
			f,
			readFileSync(join(dir, f), 'utf8')
		])
	);
}
