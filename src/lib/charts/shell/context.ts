/**
 * What a chart or table says about itself wherever it goes — on the page, in a report, in an
 * exported image or data file: its title, the filters in words, units, source, notes, the data
 * status of every table it reads, and (for time charts) the key to its numbered events and the
 * range a reader brushed. The view shell shows it; exports and share/cite/embed read it.
 */
import type { FilterKey, Filters } from '../../model/filters';
import type { Locale } from '../../format/number';
import type { TableStatus } from './data-status';

export interface EventKeyEntry {
	readonly n: number;
	readonly label: string;
	readonly date: string;
}

export interface BandKeyEntry {
	readonly label: string;
	readonly colour: string;
}

export interface ChartContext {
	readonly title: string;
	/**
	 * The filters in words ("Guangdong · Jan 2021–Dec 2023 · bonded 1210"). The shell writes it
	 * from the filters the chart applies; give it only when the words must say something else.
	 */
	readonly subtitle?: string;
	/**
	 * The filters the view's answer is for, when they are not the page's: an estimate held where a
	 * brush drag began. Its words, file names and provenance follow these.
	 */
	readonly filters?: Filters;
	/** The filters the chart applies, when neither its view nor its page says (rarely needed). */
	readonly applies?: readonly FilterKey[];
	readonly units: string;
	/** The source, without the "Source:" label. */
	readonly source: string;
	/** Method notes and caveats that belong to the chart wherever it goes. */
	readonly notes?: readonly string[];
	/** Modelled tables the view reads: each is labelled sample or "your data". [] for sourced facts. */
	readonly tables: readonly string[];
	/** The numbered events drawn on the chart, for a key beside an exported image. */
	readonly events?: readonly EventKeyEntry[];
	/** The shaded bands drawn on the chart (when each cohort joined), for the same key. */
	readonly bands?: readonly BandKeyEntry[];
	/** The brushed range in words, when one is drawn. */
	readonly range?: string;
}

/**
 * The context plus what the shell worked out: the filters in words, the status of each table, and
 * what an artefact that leaves the app must carry (data version, the view's address).
 */
export interface ResolvedContext extends ChartContext {
	readonly lang: Locale;
	readonly status: readonly TableStatus[];
	/** One line for the source footer: "Sample data: modelled, not official", or per table. */
	readonly statusLine: string | null;
	/** The filters the chart applies, as URL parameters (codes): file names and provenance. */
	readonly filterParams: Readonly<Record<string, string>>;
	/**
	 * The months a chart draws as a selection rather than a filter (the timeline's brush), as URL
	 * parameters: an image's file name carries them beside the filters.
	 */
	readonly selectionParams: Readonly<Record<string, string>>;
	/** The bundled data's manifest hash, or null before it is known. */
	readonly version: string | null;
	/** The full view's address (this page, or the page a report block or embed comes from). */
	readonly url: string;
}
