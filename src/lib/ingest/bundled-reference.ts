/** The upload reference from the bundled reference lists (the same CSVs the engine loads). */
import { REFERENCE_CITIES } from '../reference/cities';
import { REFERENCE_CSV } from '../reference/csv';
import type { IngestReference } from './reference';

const named = (rows: readonly Record<string, string>[]) =>
	rows.map((r) => ({ code: r.id ?? '', names: [r.name_en ?? '', r.name_zh ?? ''] }));

export const BUNDLED_REFERENCE: IngestReference = {
	cities: REFERENCE_CITIES.map((c) => ({ code: c.code, names: [c.name_en, c.name_zh] })),
	categories: named(REFERENCE_CSV.categories),
	violationTypes: named(REFERENCE_CSV.violation_types)
};
