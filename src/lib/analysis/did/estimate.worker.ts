/**
 * The estimator off the page's thread: one request in, one result out. The page keeps drawing
 * (and the engine's worker keeps answering) while the bootstrap runs.
 */
import { estimateDid } from './estimate';
import { panelFromQueries } from './from-query';
import type { EstimateRequest, EstimateReply } from './remote';

self.onmessage = (event: MessageEvent<EstimateRequest>) => {
	const { id, places, months, options } = event.data;
	let reply: EstimateReply;
	try {
		const start = performance.now();
		const panel = panelFromQueries(places, months);
		const result = panel ? estimateDid(panel, options) : null;
		reply = { id, result, ms: performance.now() - start };
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
