/**
 * The answer in one sentence per phase, in either language: "Places that joined with the 86
 * cities + Hainan (25 of 25 places): +161.6 % (95 % band +157.0 % to +166.2 %) in their first 12
 * months against places not yet in the pilot; pre-trend test p = 0.86." On the log scale an
 * effect of θ log points is a change of exp(θ) − 1. Pure: the caller passes `t`.
 */
import type { Locale } from '../../format/number';
import { formatChange, formatCny, formatRate } from '../../format/number';
import type { MessageKey } from '../../i18n/catalogue';
import { reasonMessage, rootReason } from './reasons';
import type { Translate } from '../series-labels';
import type { AggregateResult, DidResult } from './result';

/** exp(θ) − 1: a log-point effect as a proportional change. */
export const asChange = (logPoints: number): number => Math.expm1(logPoints);

/** An effect in the scale's words: a change (log scale) or an amount in the outcome's unit. */
export function formatEffect(
	value: number | null,
	r: Pick<DidResult, 'options'>,
	lang: Locale
): string {
	if (value === null) return '–';
	if (r.options.scale === 'log') return formatChange(asChange(value));
	const sign = value > 0 ? '+' : value < 0 ? '−' : '';
	const size = Math.abs(value);
	if (r.options.outcome === 'rate') return `${sign}${formatRate(size)}`;
	if (r.options.outcome === 'orders')
		return `${sign}${Math.round(size).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}`;
	return `${sign}${formatCny(size, lang)}`;
}

/** "p = 0.42", "p < 0.001". */
export function formatP(p: number): string {
	return p < 0.001 ? '< 0.001' : `= ${p.toFixed(p < 0.01 ? 3 : 2)}`;
}

/** The sentence of one phase (or of all phases: id 'all'). */
export function phaseSentence(
	r: DidResult,
	phase: AggregateResult,
	lang: Locale,
	t: Translate
): string {
	const who =
		phase.id === 'all'
			? t('outcomes.who.all', { places: phase.places, selected: phase.placesSelected })
			: t('outcomes.who', {
					cohort: t(`cohort.${phase.id}` as MessageKey),
					places: phase.places,
					selected: phase.placesSelected
				});
	if (!phase.effect.ok) {
		const why = reasonMessage(rootReason(phase.effect.reasons[0] ?? { code: 'no-treated' }));
		return t('outcomes.sentence.none', { who, reason: t(why.key, why.params) });
	}
	const pre = r.event.find((s) => s.id === phase.id)?.preTrend;
	return t(r.options.scale === 'log' ? 'outcomes.sentence.log' : 'outcomes.sentence.level', {
		who,
		change: formatEffect(phase.effect.estimate, r, lang),
		lower: formatEffect(phase.effect.lower, r, lang),
		upper: formatEffect(phase.effect.upper, r, lang),
		level: Math.round(r.options.bootstrap.level * 100),
		horizon:
			r.options.horizon === 'all'
				? t('outcomes.horizon.all')
				: t('outcomes.horizon.months', { months: r.options.horizon }),
		comparison: t(`outcomes.comparison.${r.options.comparison}`),
		p: pre?.ok ? formatP(pre.p) : t('outcomes.noPreTrend')
	});
}

/** A phase's row of the growth table, from the same numbers as its sentence. */
export interface GrowthRow {
	readonly cohort: string;
	readonly groups: readonly string[];
	readonly places: number;
	readonly selected: number;
	/** Proportional change (log scale) or amount (levels); null when not estimable. */
	readonly change: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	readonly preTrendP: number | null;
	readonly reason: ReturnType<typeof reasonMessage> | null;
}

/** The growth table's rows: one per phase, then all phases together. */
export function growthRows(r: DidResult): GrowthRow[] {
	const log = r.options.scale === 'log';
	const conv = (v: number | null) => (v === null ? null : log ? asChange(v) : v);
	return [...r.phases, r.overall].map((a) => {
		const pre = r.event.find((s) => s.id === a.id)?.preTrend;
		const e = a.effect;
		return {
			cohort: a.id,
			groups: a.groups,
			places: a.places,
			selected: a.placesSelected,
			change: e.ok ? conv(e.estimate) : null,
			lower: e.ok ? conv(e.lower) : null,
			upper: e.ok ? conv(e.upper) : null,
			preTrendP: pre?.ok ? pre.p : null,
			reason: e.ok ? null : reasonMessage(rootReason(e.reasons[0] ?? { code: 'no-treated' }))
		};
	});
}
