/**
 * What every category panel reads from the page: the filters as a category scope, the metric in
 * words (alone and inside a sentence), how its amounts are written, and the context of a view
 * over the imports table.
 */
import { useUrlState } from '../../state/url-state.svelte';
import { categoryScope } from '../../queries/categories';
import type { ChartContext } from '../../charts/shell/context';
import type { NumberKind } from '../../format/column';
import { t, type MessageKey } from '../../i18n/index.svelte';

export class CategoryPanel {
	readonly url = useUrlState();
	readonly scope = $derived(categoryScope(this.url.filters));
	readonly metric = $derived(t(`metric.${this.scope.metric}`));
	/** The metric inside a sentence ("Share of import value"). */
	readonly metricInSentence = $derived(t(`categories.metricInSentence.${this.scope.metric}`));
	readonly amountKind: NumberKind = $derived(this.scope.metric === 'orders' ? 'count' : 'cny');

	/** The view's title and units (with the metric in words) over the imports table. */
	context(title: MessageKey, units: MessageKey, source?: string): ChartContext {
		return {
			title: t(title),
			units: t(units, { metric: this.metricInSentence }),
			source: source ?? t('categories.source', { metric: this.metricInSentence }),
			tables: ['imports']
		};
	}
}
