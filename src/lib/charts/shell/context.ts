/**
 * What a chart or table says about itself wherever it goes — on the page, in a report, in an
 * exported image or data file: its title, the filters in words, units, source, notes, the data
 * status of every table it reads, and (for time charts) the key to its numbered events and the
 * range a reader brushed. The view shell shows it; exports and share/cite/embed read it.
 */
import type { TableStatus } from './data-status';

export interface EventKeyEntry {
	readonly n: number;
	readonly label: string;
	readonly date: string;
}

export interface ChartContext {
	readonly title: string;
	/** The filters in words ("Guangdong · Jan 2021–Dec 2023 · bonded 1210"), when any are set. */
	readonly subtitle?: string;
	readonly units: string;
	/** The source, without the "Source:" label. */
	readonly source: string;
	/** Method notes and caveats that belong to the chart wherever it goes. */
	readonly notes?: readonly string[];
	/** Modelled tables the view reads: each is labelled sample or "your data". [] for sourced facts. */
	readonly tables: readonly string[];
	/** The numbered events drawn on the chart, for a key beside an exported image. */
	readonly events?: readonly EventKeyEntry[];
	/** The brushed range in words, when one is drawn. */
	readonly range?: string;
}

/** The context plus what the shell worked out: the status of each table, in words. */
export interface ResolvedContext extends ChartContext {
	readonly status: readonly TableStatus[];
	/** One line for the source footer: "Sample data: modelled, not official", or per table. */
	readonly statusLine: string | null;
}
