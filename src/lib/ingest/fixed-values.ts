/** The values a missing breakdown column may be fixed to: unknown, all, or one code of its list. */
import { CHANNELS, TOTAL_CODE, UNKNOWN_CODE } from '../schema';
import { REFERENCE_CSV } from '../reference/csv';

const CODES: Readonly<Record<string, readonly string[]>> = {
	category: REFERENCE_CSV.categories.map((r) => r.id ?? ''),
	channel: CHANNELS,
	type: REFERENCE_CSV.violation_types.map((r) => r.id ?? '')
};

/** Choices for a breakdown column the file lacks, in the order the mapping screen offers them. */
export function breakdownChoices(column: string): readonly string[] {
	return [UNKNOWN_CODE, TOTAL_CODE, ...(CODES[column] ?? [])];
}
