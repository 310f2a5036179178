/**
 * What the bundled sample's model built in, averaged like the estimate it sits beside: for each
 * group, the mean of the model's joining effect over the horizon's months after joining; for a
 * phase, weighted by the places the estimate uses. Only meaningful on the sample (the model's
 * constants are in model/sample-effects.ts) and on the log scale.
 */
import { addMonths } from '../../model/months';
import { builtInLogEffect } from '../../model/sample-effects';
import type { DidResult } from './result';

/** The built-in effect (log points) of a group over its first `months` months. */
export function builtInGroupEffect(r: DidResult, group: string, months: number): number {
	let sum = 0;
	for (let m = 0; m < months; m++)
		sum += builtInLogEffect(r.options.outcome, m, addMonths(group, m));
	return sum / months;
}

/** The built-in effect of each estimable phase (and 'all'), weighted as the estimate; null off logs. */
export function builtInEffects(r: DidResult): Map<string, number> | null {
	if (r.options.scale !== 'log' || r.options.horizon === 'all') return null;
	const months = r.options.horizon;
	const byGroup = new Map(r.groups.map((g) => [g.group, g]));
	const out = new Map<string, number>();
	for (const a of [...r.phases, r.overall]) {
		let weight = 0;
		let sum = 0;
		for (const label of a.groups) {
			const g = byGroup.get(label);
			if (!g) continue;
			const w = a.id === 'all' ? g.places : (g.cohorts[a.id] ?? 0);
			weight += w;
			sum += w * builtInGroupEffect(r, label, months);
		}
		if (weight > 0) out.set(a.id, sum / weight);
	}
	return out;
}
