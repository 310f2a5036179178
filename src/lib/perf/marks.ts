/**
 * Performance marks the benchmark reads (scripts/bench): when each chart first shows data, and
 * when the first chart of the page is painted. No cost beyond one `performance.mark` per chart.
 */

/** Set once per page load, after the frame that first shows a chart with data has painted. */
export const FIRST_CHART_MARK = 'pa:first-chart';

/** The mark set when the chart `name` first shows data. */
export function chartMarkName(name: string): string {
	return `pa:chart:${name}`;
}

/** Records that chart `name` shows data (only its first time; browser only). */
export function markChartShown(name: string): void {
	if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
	const mark = chartMarkName(name);
	if (performance.getEntriesByName(mark).length > 0) return;
	performance.mark(mark);
	if (performance.getEntriesByName(FIRST_CHART_MARK).length > 0) return;
	// A rAF callback runs before the frame's paint; a task queued from it runs after the paint.
	requestAnimationFrame(() =>
		setTimeout(() => {
			if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) {
				performance.mark(FIRST_CHART_MARK, { detail: name });
			}
		})
	);
}

/** Marks the engine's start-up phases set (see `DataEngine`). */
export const ENGINE_READY_MARK = 'pa:engine-ready';
export const DATA_READY_MARK = 'pa:data-ready';

/** Sets a mark (browser only). */
export function mark(name: string): void {
	if (typeof performance !== 'undefined') performance.mark(name);
}

let inFlight = 0;

/**
 * Counts the views' queries in flight on `<html data-queries>`, so a benchmark can tell when every
 * chart holds its live answer (a chart drawn from a build-time seed does not look busy).
 */
export function trackQuery<T>(promise: Promise<T>): Promise<T> {
	if (typeof document === 'undefined') return promise;
	const show = () => (document.documentElement.dataset.queries = String(inFlight));
	inFlight++;
	show();
	const done = () => {
		inFlight--;
		show();
	};
	promise.then(done, done);
	return promise;
}
