/**
 * Independent figures for the map's browser tests: membership from the reference CSVs (joining
 * month = the phase's effective month, worked out here in JavaScript), sums from plain DuckDB over
 * the built Arrow files, grouped in JavaScript — none of the app's query builders.
 */
import { openTestDb } from './duckdb';
import { builtDataFile, referenceCsv } from './reference';

export interface MapTruth {
	/** Pilot cities with imports in a month, optionally only for some phases. */
	citiesWithData(month: string, phases?: readonly string[]): number;
	/** Pilot cities of one province with imports in a month. */
	citiesWithDataIn(month: string, province: string): number;
	/** Σ import value of a province's member cities over the 12 months to `month`. */
	provinceValue(province: string, month: string): number;
	/** Σ import value of a province's member cities over the months `from` to `to`. */
	provinceValueBetween(province: string, from: string, to: string): number;
	/** The reference positions of a province's pilot cities (from the CSV, not the app). */
	placesIn(province: string): { code: string; lon: number; lat: number }[];
}

const code = (c: Record<string, string>) => c.admin_code || 'x-xiongan';
const province = (c: Record<string, string>) =>
	c.admin_code ? `${c.admin_code.slice(0, 2)}0000` : '130000';

function monthsBack(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const i = y * 12 + m - 1 - n;
	return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Loads the built imports once and answers from per city-month sums. */
export async function mapTruth(): Promise<MapTruth> {
	const db = await openTestDb();
	let sums: { code: string; m: string; v: number }[];
	try {
		db.loadArrow('imports', builtDataFile('imports.arrow'));
		sums = db.rows(
			`SELECT city_code AS code, strftime(month, '%Y-%m') AS m, sum(value_cny)::DOUBLE AS v
			FROM imports GROUP BY ALL`
		);
	} finally {
		db.close();
	}
	const effective = new Map(referenceCsv('phases').map((p) => [p.id!, p.effective!.slice(0, 7)]));
	const cities = new Map(
		referenceCsv('cities').map((c) => [
			code(c),
			{
				phase: c.pilot_phase!,
				joined: effective.get(c.pilot_phase!)!,
				province: province(c),
				lon: Number(c.lon),
				lat: Number(c.lat)
			}
		])
	);
	const member = (c: string, m: string) => {
		const info = cities.get(c);
		return info !== undefined && m >= info.joined;
	};
	const between = (prov: string, from: string, to: string) =>
		sums
			.filter((r) => r.m >= from && r.m <= to && member(r.code, r.m))
			.filter((r) => cities.get(r.code)!.province === prov)
			.reduce((s, r) => s + r.v, 0);
	return {
		citiesWithData(month, phases) {
			const set = new Set(
				sums
					.filter((r) => r.m === month && r.v > 0 && member(r.code, r.m))
					.filter((r) => !phases || phases.includes(cities.get(r.code)!.phase))
					.map((r) => r.code)
			);
			return set.size;
		},
		citiesWithDataIn(month, prov) {
			return sums.filter(
				(r) =>
					r.m === month && r.v > 0 && member(r.code, r.m) && cities.get(r.code)!.province === prov
			).length;
		},
		provinceValue: (prov, month) => between(prov, monthsBack(month, 11), month),
		provinceValueBetween: between,
		placesIn(prov) {
			return [...cities]
				.filter(([, c]) => c.province === prov)
				.map(([code, c]) => ({ code, lon: c.lon, lat: c.lat }));
		}
	};
}
