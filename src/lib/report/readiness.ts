/**
 * Whether a rendered report can be published or printed: every block in the document, no chart
 * still waiting for its data, and which blocks failed (a chart's or a table's error alert). Reads
 * the DOM only; the in-page Publish button and the headless publisher share it.
 */

export type Readiness =
	| { readonly state: 'pending'; readonly waiting: readonly number[] }
	| { readonly state: 'ready' }
	| {
			readonly state: 'failed';
			readonly failed: readonly { readonly index: number; readonly error: string }[];
	  };

const BUSY = '[aria-busy="true"], [data-state="pending"]';

/** The state of the report document in `root` that should hold `blocks` blocks. */
export function reportReadiness(root: ParentNode, blocks: number): Readiness {
	const doc = root.querySelector('.report-doc');
	const rendered = doc ? [...doc.querySelectorAll<HTMLElement>('[data-block]')] : [];
	if (rendered.length !== blocks) return { state: 'pending', waiting: [] };
	const failed = rendered.flatMap((block, index) => {
		const alert = block.querySelector('[role="alert"]');
		return alert ? [{ index, error: (alert.textContent ?? '').trim() }] : [];
	});
	if (failed.length > 0) return { state: 'failed', failed };
	const waiting = rendered.flatMap((block, index) => {
		const busy = block.matches(BUSY) || block.querySelector(BUSY) !== null;
		const undrawn = [...block.querySelectorAll('figure .body[data-state="ready"]')].some(
			(body) => body.querySelector('svg, table') === null
		);
		return busy || undrawn ? [index] : [];
	});
	return waiting.length > 0 ? { state: 'pending', waiting } : { state: 'ready' };
}

/** Polls until the report is ready or failed, or `timeoutMs` passes (then: the blocks waited for). */
export async function whenReportSettles(
	root: ParentNode,
	blocks: number,
	timeoutMs = 60_000
): Promise<Readiness> {
	const start = Date.now();
	let last = reportReadiness(root, blocks);
	// Two ready readings in a row, so a chart that is about to redraw is not caught mid-way.
	let steady = 0;
	while (Date.now() - start < timeoutMs) {
		last = reportReadiness(root, blocks);
		if (last.state === 'failed') return last;
		steady = last.state === 'ready' ? steady + 1 : 0;
		if (steady >= 2) return last;
		await new Promise((r) => setTimeout(r, 150));
	}
	return last;
}
