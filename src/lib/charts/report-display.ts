/**
 * How a chart is shown inside a report block: chart, table twin, or both (with the table open).
 * Outside a report there is no context and charts behave as on their pages.
 */
import { createContext } from 'svelte';

export type ReportShow = 'chart' | 'table' | 'both';

const [get, set, has] = createContext<() => ReportShow>();

/** Sets the display for the charts below (a getter, so it follows the block's setting). */
export function provideReportDisplay(show: () => ReportShow): void {
	set(show);
}

/** The report display, or null on ordinary pages. */
export function reportDisplay(): (() => ReportShow) | null {
	return has() ? get() : null;
}
