/** Turns engine and network failures into sentences an analyst can act on. */

export class DataError extends Error {
	constructor(
		message: string,
		readonly detail?: string,
		/** A stable name for the failure, for messages shown in the reader's language. */
		readonly code?: 'server-unreachable'
	) {
		super(message);
		this.name = 'DataError';
	}
}

const PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
	[/Catalog Error: Table with name (\S+) does not exist/i, (m) => `No table named ${m[1]}.`],
	[
		/Binder Error: Referenced column "?([^"\s]+)"? not found/i,
		(m) => `No column named ${m[1]} in this table.`
	],
	[/Parser Error: (.*)/i, (m) => `The SQL could not be read: ${m[1]}`],
	[/Conversion Error: (.*)/i, (m) => `A value has the wrong type: ${m[1]}`],
	[/Out of Memory Error|memory limit/i, () => 'The query ran out of memory in the browser.'],
	[/INTERRUPT|Interrupted/i, () => 'The query was cancelled.'],
	[/Failed to fetch|NetworkError/i, () => 'A data file could not be downloaded.']
];

/** Wraps any thrown value as a DataError with a readable message and the raw text as detail. */
export function readableError(error: unknown): DataError {
	if (error instanceof DataError) return error;
	const raw = error instanceof Error ? error.message : String(error);
	for (const [pattern, say] of PATTERNS) {
		const match = raw.match(pattern);
		if (match) return new DataError(say(match), raw);
	}
	return new DataError(`The query failed: ${raw.split('\n')[0]}`, raw);
}
