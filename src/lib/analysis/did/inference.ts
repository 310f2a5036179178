/**
 * Uncertainty for a family of estimates that shares one simultaneous band: bootstrap standard
 * errors and the family's sup-t critical value; the pre-trend test on a family of placebos.
 */
import { analyticSe } from './aggregate';
import {
	bootstrapSe,
	criticalValue,
	supTTest,
	type FamilyMember,
	type MultiplierBootstrap
} from './bootstrap';
import type { Raw } from './effects';
import type { EffectEstimate, PreTrendTest } from './result';
import { notEstimable, type Estimable } from './reasons';

interface Drawn {
	readonly theta: number;
	readonly seAnalytic: number;
	readonly member: FamilyMember | null;
}

export class Inference {
	/** Draws per influence function: an estimate in two families is bootstrapped once. */
	private readonly cache = new WeakMap<Float64Array, Drawn>();
	private readonly pending = new Map<Float64Array, Float64Array>();

	constructor(
		private readonly boot: MultiplierBootstrap,
		private readonly level: number
	) {}

	private draw(raw: Raw): Drawn | null {
		if (!raw.ok) return null;
		const hit = this.cache.get(raw.psi);
		if (hit) return hit;
		const deviations = this.pending.get(raw.psi) ?? this.boot.deviations(raw.psi);
		this.pending.delete(raw.psi);
		const se = bootstrapSe(deviations);
		const drawn = {
			theta: raw.theta,
			seAnalytic: analyticSe(raw.psi),
			member: se === null ? null : { deviations, se }
		};
		this.cache.set(raw.psi, drawn);
		return drawn;
	}

	/** Bootstraps, in one batch, every influence function of `raws` not drawn yet. */
	private prepare(raws: readonly Raw[]) {
		const todo = [...new Set(raws.flatMap((r) => (r.ok && !this.cache.has(r.psi) ? [r.psi] : [])))];
		const deviations = this.boot.deviationsOf(todo);
		todo.forEach((psi, k) => this.pending.set(psi, deviations[k]!));
	}

	/** Estimates with bands simultaneous over the family; the critical value used. */
	family(raws: readonly Raw[]): {
		estimates: Estimable<EffectEstimate>[];
		critical: number | null;
	} {
		this.prepare(raws);
		const drawn = raws.map((r) => this.draw(r));
		const members = drawn.flatMap((d) => (d?.member ? [d.member] : []));
		const critical = members.length ? criticalValue(members, this.boot.draws, this.level) : null;
		const estimates = raws.map((raw, k): Estimable<EffectEstimate> => {
			const d = drawn[k];
			if (!raw.ok || !d)
				return raw.ok
					? notEstimable({ code: 'no-estimable-group', first: null })
					: notEstimable(...raw.reasons);
			const se = d.member?.se ?? null;
			const half = se !== null && critical !== null ? critical * se : null;
			return {
				ok: true,
				estimate: d.theta,
				se,
				seAnalytic: d.seAnalytic,
				lower: half === null ? null : d.theta - half,
				upper: half === null ? null : d.theta + half
			};
		});
		return { estimates, critical };
	}

	/** The sup-t test that every placebo (pre-joining) estimate is zero. */
	preTrend(raws: readonly Raw[]): Estimable<PreTrendTest> {
		this.prepare(raws);
		const family = raws.flatMap((raw) => {
			const d = this.draw(raw);
			return d?.member ? [{ ...d.member, estimate: d.theta }] : [];
		});
		if (family.length === 0) return notEstimable({ code: 'no-pre-periods' });
		const { statistic, p } = supTTest(family, this.boot.draws);
		return { ok: true, statistic, p, months: family.length };
	}
}
