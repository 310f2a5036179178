/**
 * The estimate as one call (rows in, result and milliseconds out), and the messages that carry it
 * to and from the estimator's worker. Shared by the worker and the page's side.
 */
import type { OutcomeMonthRow, OutcomePlaceRow } from '../../queries/outcomes';
import { estimateDid } from './estimate';
import { panelFromQueries } from './from-query';
import type { DidOptions } from './options';
import type { DidResult } from './result';

export interface EstimateRequest {
	readonly id: number;
	readonly places: readonly OutcomePlaceRow[];
	readonly months: readonly OutcomeMonthRow[];
	readonly options: Partial<DidOptions>;
}

export type EstimateReply =
	| { readonly id: number; readonly result: DidResult | null; readonly ms: number }
	| { readonly id: number; readonly error: string };

/** A result and the milliseconds the estimator took (panel building included). */
export interface EstimateAnswer {
	readonly result: DidResult | null;
	readonly ms: number;
}

/** The estimate on this thread. */
export function estimateHere(
	places: readonly OutcomePlaceRow[],
	months: readonly OutcomeMonthRow[],
	options: Partial<DidOptions>
): EstimateAnswer {
	const start = performance.now();
	const panel = panelFromQueries(places, months);
	const result = panel ? estimateDid(panel, options) : null;
	return { result, ms: performance.now() - start };
}
