/**
 * The period summary (Σ per cohort in the chosen months and in the same months a year earlier)
 * summed from the cohort series the timeline already has: the brush moves without a round trip
 * to the engine. Gives what `periodSummaryQuery` gives (a unit test holds the two together).
 */
import type { CohortMonthRow, PeriodFrameRow, PeriodRow } from '../queries/timeline';
import { addMonths, monthsBetween } from '../model/months';

/** Per cohort of `frame` that has rows in `series`: the sums for [from, to] and a year before. */
export function periodFromSeries(
	series: readonly CohortMonthRow[],
	frame: readonly PeriodFrameRow[],
	from: string | null,
	to: string | null
): PeriodRow[] {
	const span = frame[0];
	if (!span) return [];
	const f = from ?? span.first;
	const t = to ?? span.last;
	const pf = addMonths(f, -12);
	const pt = addMonths(t, -12);
	const sums = new Map<string, { value: number; orders: number; pv: number; po: number }>();
	for (const r of series) {
		let s = sums.get(r.cohort);
		if (!s) sums.set(r.cohort, (s = { value: 0, orders: 0, pv: 0, po: 0 }));
		if (r.month >= f && r.month <= t) {
			s.value += r.value;
			s.orders += r.orders;
		}
		if (r.month >= pf && r.month <= pt) {
			s.pv += r.value;
			s.po += r.orders;
		}
	}
	const months = monthsBetween(f, t) + 1;
	return frame.flatMap(({ cohort }) => {
		const s = sums.get(cohort);
		if (!s) return [];
		return [
			{
				cohort,
				from: f,
				to: t,
				months,
				prev_complete: pf >= span.first,
				value: s.value,
				orders: s.orders,
				prev_value: s.pv,
				prev_orders: s.po
			}
		];
	});
}
