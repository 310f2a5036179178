/** The upload reference lists (cities, categories, violation types) from the reference CSVs. */
import type { IngestReference } from '../../src/lib/ingest/reference';
import { referenceCsv } from './reference';

/** What the browser builds from the engine's reference tables, built here from the CSVs. */
export function ingestReference(): IngestReference {
	const named = (rows: Record<string, string>[], code: string) =>
		rows.map((r) => ({ code: r[code] || 'x-xiongan', names: [r.name_en!, r.name_zh!] }));
	return {
		cities: named(referenceCsv('cities'), 'admin_code'),
		categories: named(referenceCsv('categories'), 'id'),
		violationTypes: named(referenceCsv('violation_types'), 'id')
	};
}
