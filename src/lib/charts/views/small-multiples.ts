/**
 * The grid of small multiples: as many columns as fit panels at least `minWidth` wide (at most
 * `max`), each panel's width, which years an x axis labels so they never crowd, and a short
 * panel's y scale from zero to a labelled top. Pure.
 */
import { scaleLinear } from 'd3';

export interface PanelGrid {
	readonly columns: number;
	readonly panelWidth: number;
	readonly gap: number;
}

export function panelGrid(width: number, { minWidth = 140, gap = 16, max = 5 } = {}): PanelGrid {
	const columns = Math.max(1, Math.min(max, Math.floor((width + gap) / (minWidth + gap))));
	return { columns, gap, panelWidth: Math.floor((width - gap * (columns - 1)) / columns) };
}

/** Every year, or every `step`-th from the first, to fit about `fit` labels; the last always. */
export function everyNthYear(years: readonly number[], fit: number): number[] {
	if (years.length <= fit) return [...years];
	const step = Math.ceil((years.length - 1) / Math.max(1, fit - 1));
	const picked = years.filter((_, i) => i % step === 0);
	const last = years.length - 1;
	if (last % step !== 0) {
		// The last year replaces a neighbour it would crowd.
		if (last % step < step / 2) picked.pop();
		picked.push(years[last]!);
	}
	return picked;
}

/** From zero to a round top that is itself a tick, with about `count` steps (a short panel). */
export function panelY(values: readonly (number | null)[], count = 2) {
	const top = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
	const scale = scaleLinear()
		.domain([0, top || 1])
		.nice(count);
	return { domain: scale.domain() as [number, number], ticks: scale.ticks(count) };
}
