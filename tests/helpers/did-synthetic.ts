/**
 * Synthetic staggered-adoption panels with a known (planted) effect, for the estimator's tests:
 * y = place effect + month effect + δ(e) after joining + noise, parallel trends true by
 * construction (unless a pre-trend is planted on purpose). Seeded (mulberry32), no Math.random.
 */
import { addMonths } from '../../src/lib/model/months';
import { buildPanel, type DidPanel, type PanelRow } from '../../src/lib/analysis/did/panel';
import type { LongRecord } from './did-reference';

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface SyntheticSpec {
	readonly seed: number;
	readonly periods: number;
	/** Joining period (index) → number of places; null → never joined. */
	readonly groups: readonly { readonly joined: number | null; readonly places: number }[];
	/** Planted effect at e months since joining (e ≥ 0). */
	readonly effect: (e: number) => number;
	readonly noise: number;
	/** Optional pre-trend: added to y of joiners before joining, as a function of e < 0. */
	readonly preTrend?: (e: number) => number;
}

export const SYNTHETIC_START = '2010-01';

export function syntheticPanel(spec: SyntheticSpec): {
	panel: DidPanel;
	records: LongRecord[];
} {
	const u = mulberry32(spec.seed);
	const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
	const monthEffect = Array.from(
		{ length: spec.periods },
		(_, t) => 0.02 * t + 0.3 * Math.sin(t / 2)
	);
	const records: LongRecord[] = [];
	const rows: PanelRow[] = [];
	const places = spec.groups.flatMap((grp, k) =>
		Array.from({ length: grp.places }, (_, j) => ({
			id: `g${k}-${String(j).padStart(2, '0')}`,
			joined: grp.joined
		}))
	);
	for (const p of places) {
		const level = 5 + 2 * u();
		for (let t = 0; t < spec.periods; t++) {
			const e = p.joined === null ? -Infinity : t - p.joined;
			let y = level + (monthEffect[t] ?? 0) + spec.noise * normal();
			if (e >= 0) y += spec.effect(e);
			else if (spec.preTrend && Number.isFinite(e)) y += spec.preTrend(e);
			records.push({ id: p.id, period: t, y, joined: p.joined });
			rows.push({
				code: p.id,
				month: addMonths(SYNTHETIC_START, t),
				value: y,
				orders: 1,
				all_orders: 1,
				cases: 0
			});
		}
	}
	const panel = buildPanel({
		places: places.map((p) => ({
			code: p.id,
			cohort: p.joined === null ? null : `c${p.joined}`,
			phase: p.joined === null ? 'none' : `p${p.joined}`,
			basis: p.joined === null ? 'modelled' : 'named',
			joined: p.joined === null ? null : addMonths(SYNTHETIC_START, p.joined),
			selected: true
		})),
		rows,
		from: SYNTHETIC_START,
		to: addMonths(SYNTHETIC_START, spec.periods - 1)
	});
	return { panel, records };
}
