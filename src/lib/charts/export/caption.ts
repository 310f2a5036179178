/**
 * The words an exported chart carries, from what the view says about itself: title, the filters
 * in words, units, the brushed range, the key to its numbered events, notes, source, whose data
 * it is, the data version, the export date and the view's address — all in the interface
 * language. Pure: the image is laid out from these in compose.ts.
 */
import { translate } from '../../i18n/index.svelte';
import type { ResolvedContext } from '../shell/context';
import type { ChartCaption } from './compose';

/** ①…⑳ for the numbers the markers show, "(21)" past them. */
export function circled(n: number): string {
	return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}

/** 'YYYY-MM-DD' of a date, in UTC (the date an export was made). */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function chartCaption(context: ResolvedContext, exportedAt: Date): ChartCaption {
	const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(context.lang, key, params);
	return {
		lang: context.lang,
		title: context.title,
		subtitle: context.subtitle,
		units: context.units,
		range: context.range ? say('publish.selected', { range: context.range }) : undefined,
		events: (context.events ?? []).map((e) =>
			say('publish.event', { n: circled(e.n), date: e.date, label: e.label })
		),
		eventsHeading: say('publish.events'),
		bands: context.bands ?? [],
		bandsHeading: say('publish.bands'),
		notes: context.notes ?? [],
		source: say('chart.source', { source: context.source }),
		sample: context.statusLine,
		credit: say('publish.credit', {
			version: context.version ?? say('publish.versionUnknown'),
			date: isoDay(exportedAt)
		}),
		url: context.url,
		empty: say('chart.empty')
	};
}
