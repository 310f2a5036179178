/** The estimator's panel from the outcome queries' rows (queries/outcomes.ts). Pure. */
import type { OutcomeMonthRow, OutcomePlaceRow } from '../../queries/outcomes';
import { buildPanel, type DidPanel } from './panel';

/** Null when there are no places (nothing passes the province filter). */
export function panelFromQueries(
	places: readonly OutcomePlaceRow[],
	rows: readonly OutcomeMonthRow[]
): DidPanel | null {
	const first = places[0];
	if (!first) return null;
	return buildPanel({
		places: places.map((p) => ({
			code: p.code,
			cohort: p.cohort,
			phase: p.phase,
			basis: p.basis,
			joined: p.joined,
			selected: Boolean(p.selected)
		})),
		rows,
		from: first.from,
		to: first.to,
		dataFrom: first.data_from
	});
}
