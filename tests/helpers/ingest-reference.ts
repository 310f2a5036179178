/** The upload reference lists (cities, provinces, categories, violation types) from the CSVs. */
import type { IngestReference } from '../../src/lib/ingest/reference';
import { referenceCsv } from './reference';
import { EXTRA_PROVINCE_NAMES } from '../../src/lib/ingest/bundled-reference';

/** What the browser builds from the bundled reference lists, built here from the CSVs. */
export function ingestReference(): IngestReference {
	const named = (rows: Record<string, string>[], code: string) =>
		rows.map((r) => ({ code: r[code] || 'x-xiongan', names: [r.name_en!, r.name_zh!] }));
	const provinces = new Map<string, { code: string; names: string[] }>();
	for (const r of referenceCsv('cities')) {
		const code = r.admin_code ? `${r.admin_code.slice(0, 2)}0000` : '130000';
		provinces.set(code, { code, names: [r.province_en!, r.province_zh!] });
	}
	return {
		cities: named(referenceCsv('cities'), 'admin_code'),
		provinces: [...provinces.values(), ...EXTRA_PROVINCE_NAMES],
		categories: named(referenceCsv('categories'), 'id'),
		violationTypes: named(referenceCsv('violation_types'), 'id')
	};
}
