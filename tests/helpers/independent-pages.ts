/**
 * Independent figures for the categories and compliance pages, for browser tests to compare
 * with: plain per-city-month sums straight from the Arrow files (DuckDB only sums the raw rows),
 * filtered and grouped in JavaScript from the reference CSVs, not through the app's builders.
 */
import { openTestDb } from './duckdb';
import { builtDataFile, referenceCsv } from './reference';

export interface Selection {
	phases?: string[];
	from?: string;
	to?: string;
	channel?: string;
}

interface CityMonth {
	code: string;
	m: string;
	category: string;
	channel: string;
	orders: number;
	value: number;
}

interface CaseRow {
	code: string;
	m: string;
	cases: number;
	flagged: number;
}

const cityCode = (c: Record<string, string>) => c.admin_code || 'x-xiongan';

async function load(): Promise<{ imports: CityMonth[]; cases: CaseRow[] }> {
	const db = await openTestDb();
	try {
		db.loadArrow('imports', builtDataFile('imports.arrow'));
		db.loadArrow('violations', builtDataFile('violations.arrow'));
		const imports = db.rows<CityMonth>(
			`SELECT city_code AS code, strftime(month, '%Y-%m') AS m, category, channel,
				orders::DOUBLE AS orders, value_cny::DOUBLE AS value FROM imports`
		);
		const cases = db.rows<CaseRow>(
			`SELECT city_code AS code, strftime(month, '%Y-%m') AS m, cases::DOUBLE AS cases,
				value_cny::DOUBLE AS flagged FROM violations`
		);
		return { imports, cases };
	} finally {
		db.close();
	}
}

function membership() {
	const cohortOfPhase = new Map(referenceCsv('phases').map((p) => [p.id!, p.cohort!]));
	const cities = referenceCsv('cities');
	return {
		phaseOf: new Map(cities.map((c) => [cityCode(c), c.pilot_phase!])),
		cohortOf: new Map(cities.map((c) => [cityCode(c), cohortOfPhase.get(c.pilot_phase!)!]))
	};
}

const inMonths = (m: string, s: Selection) => (!s.from || m >= s.from) && (!s.to || m <= s.to);

export interface CityFigures {
	code: string;
	cohort: string;
	cases: number;
	orders: number;
	flagged: number;
	value: number;
}

/** Per-city sums for the compliance page: phases and months apply; category and channel do not. */
export async function independentCityFigures(s: Selection): Promise<CityFigures[]> {
	const { imports, cases } = await load();
	const { phaseOf, cohortOf } = membership();
	// The pilot's places only: the sample's modelled comparison places are in no cohort.
	const keep = (code: string, m: string) =>
		phaseOf.has(code) &&
		(!s.phases || s.phases.includes(phaseOf.get(code) ?? '')) &&
		inMonths(m, s);
	const out = new Map<string, CityFigures>();
	const get = (code: string) => {
		let f = out.get(code);
		if (!f) {
			f = { code, cohort: cohortOf.get(code)!, cases: 0, orders: 0, flagged: 0, value: 0 };
			out.set(code, f);
		}
		return f;
	};
	for (const r of imports)
		if (keep(r.code, r.m)) {
			get(r.code).orders += r.orders;
			get(r.code).value += r.value;
		}
	for (const r of cases)
		if (keep(r.code, r.m) && out.has(r.code)) {
			get(r.code).cases += r.cases;
			get(r.code).flagged += r.flagged;
		}
	return [...out.values()];
}

/** Σ over a group of cities (ratio of sums, computed here by hand). */
export function sumFigures(cities: readonly CityFigures[]) {
	const t = (k: keyof Omit<CityFigures, 'code' | 'cohort'>) => cities.reduce((a, c) => a + c[k], 0);
	return {
		cases: t('cases'),
		orders: t('orders'),
		rate: (t('cases') / t('orders')) * 10_000,
		share: t('flagged') / t('value')
	};
}

/** Category shares of orders per cohort and nationally (national ignores the phase filter). */
export async function independentCategoryShares(s: Selection): Promise<Map<string, number>> {
	const { imports } = await load();
	const { phaseOf, cohortOf } = membership();
	const sums = new Map<string, number>();
	const add = (key: string, v: number) => sums.set(key, (sums.get(key) ?? 0) + v);
	for (const r of imports) {
		if (!inMonths(r.m, s) || (s.channel && r.channel !== s.channel)) continue;
		add(`national|${r.category}`, r.orders);
		add('national|*', r.orders);
		if (s.phases && !s.phases.includes(phaseOf.get(r.code) ?? '')) continue;
		const cohort = cohortOf.get(r.code)!;
		add(`${cohort}|${r.category}`, r.orders);
		add(`${cohort}|*`, r.orders);
	}
	const shares = new Map<string, number>();
	for (const [key, v] of sums)
		if (!key.endsWith('|*')) shares.set(key, v / sums.get(`${key.split('|')[0]}|*`)!);
	return shares;
}
