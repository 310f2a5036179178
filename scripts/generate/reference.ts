/** The reference tables: parsed from their CSVs, cross-checked, typed for the model. */
import type { Row } from '../../src/lib/data/arrow-table';
import {
	CATEGORIES,
	EVENTS,
	NATIONAL_TOTALS,
	PHASE_IDS,
	PHASES,
	SAMPLE_TARGETS,
	SOURCES,
	VIOLATION_TYPES,
	type PhaseId,
	type TableName
} from '../../src/lib/schema';
import { YEARS } from './calendar';
import { cityToRow, deriveCities, type CityRow } from './cities';
import { COMPARISON_FILE, deriveComparisonPlaces } from './comparison-places';
import { parseCsvTable } from './csv-table';
import type { ReferenceFiles } from './reference-files';

/** What the model reads of a phase. */
export interface PhaseRow {
	readonly id: PhaseId;
	readonly effective: string;
}

/** What the model reads of a goods category. */
export interface CategoryRow {
	readonly id: string;
	readonly ord: number;
	readonly share_2022_pct: number;
	readonly share_basis: string;
	readonly avg_order_cny: number;
}

/** What the model reads of a violation type. */
export interface ViolationTypeRow {
	readonly id: string;
	readonly channel_scope: '1210' | 'all';
}

/** What the model reads of a calibration target. */
export interface SampleTargetRow {
	readonly year: number;
	readonly value_cny_bn: number;
	readonly basis: string;
}

/**
 * Every reference table as rows for Arrow, plus the typed views the model uses. `cities` holds the
 * pilot's places and, after them, the modelled comparison places (phase 'none').
 */
export interface ReferenceData {
	readonly rows: ReadonlyMap<TableName, readonly Row[]>;
	readonly cities: readonly CityRow[];
	readonly phases: readonly PhaseRow[];
	readonly categories: readonly CategoryRow[];
	readonly violationTypes: readonly ViolationTypeRow[];
	readonly sampleTargets: readonly SampleTargetRow[];
}

/** Parses and cross-checks the reference CSVs; throws on anything inconsistent. */
export function parseReference(files: ReferenceFiles): ReferenceData {
	const text = (name: string) => {
		const t = files.get(`${name}.csv`);
		if (t === undefined) throw new Error(`reference: ${name}.csv is missing`);
		return t;
	};
	const table = (spec: Parameters<typeof parseCsvTable>[0]) =>
		parseCsvTable(spec, `${spec.name}.csv`, text(spec.name));

	const sources = table(SOURCES);
	const phaseRows = table(PHASES);
	const events = table(EVENTS);
	const categoryRows = table(CATEGORIES);
	const violationRows = table(VIOLATION_TYPES);
	const totals = table(NATIONAL_TOTALS);
	const targetRows = table(SAMPLE_TARGETS);

	const phases = phaseRows as unknown as PhaseRow[];
	if (phases.map((p) => p.id).join() !== PHASE_IDS.join()) {
		throw new Error(`phases.csv: ids must be ${PHASE_IDS.join(', ')} in order`);
	}
	const pilot = deriveCities(text('cities'), new Map(phases.map((p) => [p.id, p.effective])));
	// Optional: a reference set without comparison places gives a sample without a never-joined group.
	const comparisonText = files.get(COMPARISON_FILE);
	const comparison = comparisonText === undefined ? [] : deriveComparisonPlaces(comparisonText);
	const pilotCodes = new Set(pilot.map((c) => c.code));
	for (const c of comparison) {
		if (pilotCodes.has(c.code)) throw new Error(`${COMPARISON_FILE}: ${c.code} is also a city`);
	}
	const cities = [...pilot, ...comparison];

	const categories = categoryRows as unknown as CategoryRow[];
	const shareSum = categories.reduce((s, c) => s + c.share_2022_pct, 0);
	if (Math.abs(shareSum - 100) > 0.05)
		throw new Error(`categories.csv: shares add up to ${shareSum}`);
	for (const c of categories) {
		if (!(c.avg_order_cny > 0)) throw new Error(`categories.csv: ${c.id} avg_order_cny`);
	}

	const violationTypes = violationRows as unknown as ViolationTypeRow[];
	for (const v of violationTypes) {
		if (v.channel_scope !== '1210' && v.channel_scope !== 'all') {
			throw new Error(`violation_types.csv: ${v.id} channel_scope '${String(v.channel_scope)}'`);
		}
	}

	const sampleTargets = targetRows as unknown as SampleTargetRow[];
	if (sampleTargets.map((t) => t.year).join() !== YEARS.join()) {
		throw new Error(`sample_targets.csv: years must be ${YEARS[0]}–${YEARS.at(-1)} in order`);
	}

	const rows = new Map<TableName, readonly Row[]>([
		['sources', sources],
		['phases', phaseRows],
		['cities', cities.map(cityToRow)],
		['events', events],
		['categories', categoryRows],
		['violation_types', violationRows],
		['national_totals', totals],
		['sample_targets', targetRows]
	]);
	checkSourceIds(rows, new Set(sources.map((s) => s.id as string)));
	checkPhaseRefs(events, new Set<string>(PHASE_IDS));
	return { rows, cities, phases, categories, violationTypes, sampleTargets };
}

function checkSourceIds(rows: ReadonlyMap<TableName, readonly Row[]>, known: ReadonlySet<string>) {
	for (const [name, tableRows] of rows) {
		for (const row of tableRows) {
			const ids = row.source_ids ?? row.source_id;
			if (typeof ids !== 'string') continue;
			for (const id of ids.split(';')) {
				if (!known.has(id)) throw new Error(`${name}: unknown source id '${id}'`);
			}
		}
	}
}

function checkPhaseRefs(events: readonly Row[], phases: ReadonlySet<string>) {
	for (const e of events) {
		if (e.phase !== null && !phases.has(e.phase as string)) {
			throw new Error(`events.csv: ${String(e.id)} has unknown phase '${String(e.phase)}'`);
		}
	}
}
