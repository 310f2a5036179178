/**
 * Which column of the file feeds which column of the contract, and in what unit. Proposed from the
 * headers and title rows; the analyst confirms or changes it before anything is checked or loaded.
 * A breakdown the file lacks (category, channel, violation type) is set to a fixed value — a code,
 * TOTAL_CODE ("all goods", "both channels") or UNKNOWN_CODE — and never guessed: the proposal
 * leaves it unknown until the analyst says otherwise.
 */
import { TABLES, UNKNOWN_CODE, type ColumnSpec, type TableSpec } from '../schema';
import { IngestError } from './errors';
import { matchRanked } from './synonyms';
import { headerUnit, titleUnit, type Unit } from './units';

/** Where a numeric column's unit came from, for the confirmation the page shows. */
export type UnitSource = 'header' | 'title' | 'none' | 'analyst';

export interface ColumnMapping {
	/** Index of the file's column, or null when nothing feeds it. */
	readonly source: number | null;
	/** Multiplier from the file's unit to the contract's (万元 → 1e4); 1 for non-numbers. */
	readonly factor: number;
	/** Numeric columns: where `factor` came from, and the words it was read from. */
	readonly unitSource?: UnitSource;
	readonly unitLabel?: string;
	/** Breakdown columns with no source: the value every row gets. */
	readonly fixed?: string;
}

export type Mapping = Readonly<Record<string, ColumnMapping>>;

/** Tables an analyst may bring their own rows for: the modelled ones. */
export const UPLOAD_TABLES: readonly TableSpec[] = TABLES.filter((t) => t.kind === 'modelled');

const isNumeric = (c: ColumnSpec) => c.type === 'INTEGER' || c.type === 'DOUBLE';
const isMoney = (c: ColumnSpec) => c.unit === 'yuan';

/** True for the breakdown columns of a table (the ones that may be fixed instead of mapped). */
export function isBreakdown(spec: TableSpec, column: string): boolean {
	return spec.grain?.breakdowns.includes(column) ?? false;
}

function unitFor(c: ColumnSpec, header: Unit | null, title: ReturnType<typeof titleUnit>) {
	if (header && (header.kind === 'scale' || (header.kind === 'money') === isMoney(c))) {
		return { factor: header.factor, unitSource: 'header' as const, unitLabel: header.label };
	}
	if (isMoney(c) && title) {
		return { factor: title.factor, unitSource: 'title' as const, unitLabel: title.title };
	}
	return { factor: 1, unitSource: 'none' as const };
}

/** Proposes a mapping for `spec` from a header row (and the title rows above it). */
export function proposeMapping(
	spec: TableSpec,
	headers: readonly string[],
	titles: readonly string[] = []
): Mapping {
	const names = spec.columns.map((c) => c.name);
	const best = new Map<string, { index: number; rank: number }>();
	headers.forEach((header, index) => {
		const hit = matchRanked(header, names);
		if (!hit) return;
		const taken = [...best.values()].some((b) => b.index === index);
		const current = best.get(hit.column);
		if (!taken && (!current || hit.rank < current.rank))
			best.set(hit.column, { index, rank: hit.rank });
	});
	const title = titleUnit(titles);
	const out: Record<string, ColumnMapping> = {};
	for (const c of spec.columns) {
		const index = best.get(c.name)?.index ?? null;
		if (isNumeric(c)) {
			out[c.name] = {
				source: index,
				...unitFor(c, index === null ? null : headerUnit(headers[index]!), title)
			};
		} else if (index === null && isBreakdown(spec, c.name)) {
			out[c.name] = { source: null, factor: 1, fixed: UNKNOWN_CODE };
		} else out[c.name] = { source: index, factor: 1 };
	}
	return out;
}

/** The upload table whose columns the headers name best (the first, imports, on a tie). */
export function guessTable(headers: readonly string[]): TableSpec {
	let best = UPLOAD_TABLES[0]!;
	let bestScore = -1;
	for (const spec of UPLOAD_TABLES) {
		const mapping = proposeMapping(spec, headers);
		const score = Object.values(mapping).filter((m) => m.source !== null).length;
		if (score > bestScore) {
			best = spec;
			bestScore = score;
		}
	}
	return best;
}

/** Throws 'unmapped' naming the required columns nothing feeds (a fixed breakdown counts). */
export function assertComplete(spec: TableSpec, mapping: Mapping): void {
	const missing = spec.columns
		.filter((c) => {
			const m = mapping[c.name];
			return !c.nullable && (m?.source ?? null) === null && m?.fixed === undefined;
		})
		.map((c) => c.name);
	if (missing.length > 0) throw new IngestError('unmapped', { columns: missing.join(', ') });
}
