/**
 * The joining groups: places grouped by their own joining period, each with the checks that can
 * make a whole group not estimable (one place, too few months before joining, joined too late).
 */
import type { DidPanel } from './panel';
import type { DidOptions } from './options';
import type { NotEstimable } from './reasons';

export interface JoiningGroup {
	/** Joining period as an index into the panel's periods (may lie outside them). */
	readonly g: number;
	/** The joining month as the places give it ('YYYY-MM'). */
	readonly label: string;
	/** Selected places that joined in g (indices into the panel's places). */
	readonly units: readonly number[];
	/** Why the whole group cannot be estimated (empty when it can). */
	readonly reasons: readonly NotEstimable[];
}

/** Every group of selected places that joined, in joining order. */
export function joiningGroups(panel: DidPanel, options: DidOptions): JoiningGroup[] {
	const T = panel.periods.length;
	const byG = new Map<number, number[]>();
	panel.places.forEach((p, i) => {
		const g = panel.group[i] ?? Infinity;
		if (!p.selected || !Number.isFinite(g)) return;
		byG.set(g, [...(byG.get(g) ?? []), i]);
	});
	return [...byG.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([g, units]) => {
			const reasons: NotEstimable[] = [];
			if (units.length === 1) reasons.push({ code: 'single-place-group' });
			else if (units.length < options.minTreated) {
				reasons.push({ code: 'few-treated', n: units.length, min: options.minTreated });
			}
			if (g - options.baseMonths < 0) {
				reasons.push({
					code: 'few-pre-months',
					available: Math.max(0, g),
					needed: options.baseMonths,
					byRange: g - panel.dataStart >= options.baseMonths
				});
			}
			if (g >= T) reasons.push({ code: 'no-post-months' });
			const label = panel.places[units[0] ?? 0]?.joined ?? String(g);
			return { g, label, units, reasons };
		});
}
