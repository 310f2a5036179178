/**
 * The estimator off the page's thread: one request in, one result out. The page keeps drawing
 * (and the engine's worker keeps answering) while the bootstrap runs.
 */
import { estimateHere, type EstimateRequest, type EstimateReply } from './estimate-here';

self.onmessage = (event: MessageEvent<EstimateRequest>) => {
	const { id, places, months, options } = event.data;
	let reply: EstimateReply;
	try {
		reply = { id, ...estimateHere(places, months, options) };
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
