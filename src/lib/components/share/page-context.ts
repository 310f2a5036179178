/**
 * The analysis pages a reader can share and cite: each page's title, the fact tables it reads
 * and the filters it applies (the rest stay out of its citation's words).
 */
import type { FilterKey } from '$lib/model/filters';
import type { MessageKey } from '$lib/i18n/catalogue';
import type { FactTable } from '$lib/report/view-context';

export interface PageContext {
	readonly title: MessageKey;
	readonly tables: readonly FactTable[];
	readonly applies: readonly FilterKey[];
}

const ALL: readonly FilterKey[] = [
	'phases',
	'provinces',
	'cities',
	'categories',
	'channels',
	'from',
	'to',
	'metric'
];

export const PAGE_CONTEXT: Readonly<Record<string, PageContext>> = {
	'/': { title: 'overview.title', tables: ['imports'], applies: [] },
	'/timeline': { title: 'timeline.title', tables: ['imports'], applies: ALL },
	'/map': { title: 'maps.title', tables: ['imports'], applies: ALL },
	'/categories': { title: 'categories.title', tables: ['imports'], applies: ALL },
	'/compliance': {
		title: 'compliance.title',
		tables: ['violations', 'imports'],
		applies: ALL.filter((k) => k !== 'metric')
	},
	'/city/[code]': {
		title: 'share.cityTitle',
		tables: ['imports', 'violations'],
		applies: ['categories', 'channels', 'from', 'to', 'metric']
	}
};
