/**
 * An independent computation of the overview's cohort figures, for browser tests to compare with:
 * plain per-city sums from DuckDB, grouped into cohorts in JavaScript from the reference CSVs
 * (not through the app's query builders).
 */
import { openTestDb } from './duckdb';
import { builtDataFile, referenceCsv } from './reference';

export interface CohortFigures {
	cohort: string;
	year: number;
	citiesInData: number;
	valueNow: number;
	growth: number;
	ratePer10k: number;
}

const cityCode = (c: Record<string, string>) => c.admin_code || 'x-xiongan';

/** Cohort figures for the latest full year of the built dataset. */
export async function independentCohortFigures(): Promise<CohortFigures[]> {
	const db = await openTestDb();
	try {
		db.loadArrow('imports', builtDataFile('imports.arrow'));
		db.loadArrow('violations', builtDataFile('violations.arrow'));
		const months = db.rows<{ m: string }>(
			`SELECT DISTINCT strftime(month, '%Y-%m') AS m FROM imports`
		);
		const perYear = new Map<number, number>();
		for (const { m } of months)
			perYear.set(Number(m.slice(0, 4)), (perYear.get(Number(m.slice(0, 4))) ?? 0) + 1);
		const year = Math.max(...[...perYear].filter(([, n]) => n === 12).map(([y]) => y));

		const imports = db.rows<{ code: string; y: number; v: number; o: number }>(
			`SELECT city_code AS code, year(month)::INTEGER AS y, sum(value_cny)::DOUBLE AS v,
				sum(orders)::DOUBLE AS o FROM imports GROUP BY ALL`
		);
		const cases = db.rows<{ code: string; y: number; c: number }>(
			`SELECT city_code AS code, year(month)::INTEGER AS y, sum(cases)::DOUBLE AS c FROM violations GROUP BY ALL`
		);

		const cohortOfPhase = new Map(referenceCsv('phases').map((p) => [p.id!, p.cohort!]));
		const cohortOfCity = new Map(
			referenceCsv('cities').map((c) => [cityCode(c), cohortOfPhase.get(c.pilot_phase!)!])
		);
		const cohorts = [...new Set(cohortOfPhase.values())];
		return cohorts.map((cohort) => {
			const inCohort = (code: string) => cohortOfCity.get(code) === cohort;
			const sum = <T>(rows: T[], pick: (r: T) => number, keep: (r: T) => boolean) =>
				rows.filter(keep).reduce((s, r) => s + pick(r), 0);
			const valueNow = sum(
				imports,
				(r) => r.v,
				(r) => inCohort(r.code) && r.y === year
			);
			const valuePrev = sum(
				imports,
				(r) => r.v,
				(r) => inCohort(r.code) && r.y === year - 1
			);
			const ordersNow = sum(
				imports,
				(r) => r.o,
				(r) => inCohort(r.code) && r.y === year
			);
			const casesNow = sum(
				cases,
				(r) => r.c,
				(r) => inCohort(r.code) && r.y === year
			);
			return {
				cohort,
				year,
				citiesInData: [...cohortOfCity.values()].filter((c) => c === cohort).length,
				valueNow,
				growth: valueNow / valuePrev - 1,
				ratePer10k: (casesNow / ordersNow) * 10000
			};
		});
	} finally {
		db.close();
	}
}

export interface ImportRecord {
	code: string;
	category: string;
	channel: string;
	month: string;
	value: number;
	orders: number;
}

/** Every imports row of the built dataset as plain records, and each city's cohort. */
export async function loadImportRecords(): Promise<{
	records: ImportRecord[];
	cohortOf: Map<string, string>;
	phaseOf: Map<string, string>;
}> {
	const db = await openTestDb();
	try {
		db.loadArrow('imports', builtDataFile('imports.arrow'));
		const records = db.rows<ImportRecord>(
			`SELECT city_code AS code, category, channel, strftime(month, '%Y-%m') AS month,
				value_cny AS value, orders FROM imports`
		);
		const cohortOfPhase = new Map(referenceCsv('phases').map((p) => [p.id!, p.cohort!]));
		const cities = referenceCsv('cities');
		return {
			records,
			cohortOf: new Map(cities.map((c) => [cityCode(c), cohortOfPhase.get(c.pilot_phase!)!])),
			phaseOf: new Map(cities.map((c) => [cityCode(c), c.pilot_phase!]))
		};
	} finally {
		db.close();
	}
}
