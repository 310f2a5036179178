/**
 * Which filters a chart applies, so its words and file names name those and no others: a
 * registered view's own list (report/view-context.ts), else its page's, less what its first
 * table does not have (violations have no goods category, channel or import metric). Pure.
 */
import {
	DEFAULT_FILTERS,
	serialiseFilters,
	type FilterKey,
	type Filters
} from '../../model/filters';
import { embedViewId } from '../../report/embed-views';
import { VIEW_CONTEXT, appliedFilters } from '../../report/view-context';
import { PAGE_CONTEXT } from '../../components/share/page-context';

const NOT_IN_VIOLATIONS = new Set<FilterKey>(['categories', 'channels', 'metric']);

/** The filters a chart named `name`, reading `tables`, applies on the page `route`. */
export function chartApplies(
	name: string,
	tables: readonly string[],
	route: string | null
): FilterKey[] {
	const view = embedViewId(name);
	if (view) return appliedFilters(VIEW_CONTEXT[view]);
	const page = route ? PAGE_CONTEXT[route] : undefined;
	if (!page || tables.length === 0) return [];
	return page.applies.filter((k) => tables[0] !== 'violations' || !NOT_IN_VIOLATIONS.has(k));
}

/** The applied filters as URL parameters (codes), in the URL's order; defaults left out. */
export function appliedParams(
	filters: Filters,
	applies: readonly FilterKey[]
): Record<string, string> {
	const only = { ...DEFAULT_FILTERS } as Record<FilterKey, unknown>;
	for (const key of applies) only[key] = filters[key];
	return Object.fromEntries(serialiseFilters(only as unknown as Filters));
}
