/**
 * What every view of the outcome estimate says about itself: the outcome in words, its units on
 * the chosen scale, the source, and the tables it reads (the violation rate reads both).
 */
import type { ChartContext } from '$lib/charts/shell/context';
import type { OutcomeEstimate } from './outcomes.svelte';
import type { UrlState } from '$lib/state/url-state.svelte';
import { t } from '$lib/i18n/index.svelte';
import { outcomeParam } from './params';

/** The outcome in words: the violation rate, or the filter bar's metric. */
export function outcomeName(url: UrlState): string {
	return url.view(outcomeParam) === 'rate'
		? t('outcomes.view.outcome.rate')
		: t(`metric.${url.filters.metric}`);
}

/**
 * The context of a view of `estimate`: its filters are the estimate's (held while a brush drags
 * the page's months), and while held a note says so.
 */
export function outcomeContext(
	url: UrlState,
	estimate: OutcomeEstimate,
	title: string
): ChartContext {
	const rate = url.view(outcomeParam) === 'rate';
	const r = estimate.result;
	return {
		title,
		units: r ? t(`outcomes.view.units.${r.options.scale}`, { outcome: outcomeName(url) }) : '',
		source: t('outcomes.view.source'),
		tables: rate ? ['imports', 'violations'] : ['imports'],
		filters: estimate.filters,
		notes: estimate.held ? [t('outcomes.view.held')] : undefined
	};
}
