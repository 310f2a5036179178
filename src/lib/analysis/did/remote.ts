/**
 * Runs the estimator in a worker when the browser has one, on the calling thread otherwise
 * (Node, prerendering). One estimate at a time; a request made while one runs waits, and a newer
 * request replaces it (the older one answers `null`: superseded, never computed).
 */
import type { OutcomeMonthRow, OutcomePlaceRow } from '../../queries/outcomes';
import type { DidOptions } from './options';
import {
	estimateHere,
	type EstimateAnswer,
	type EstimateReply,
	type EstimateRequest
} from './estimate-here';

interface Waiting {
	readonly request: EstimateRequest;
	readonly resolve: (answer: EstimateAnswer | null) => void;
	readonly reject: (error: Error) => void;
}

export class RemoteEstimator {
	#worker: Worker | null = null;
	/** Set once a worker failed to start (e.g. a policy forbids it): estimate here. */
	#here = typeof Worker === 'undefined';
	#nextId = 0;
	#running: Waiting | null = null;
	#queued: Waiting | null = null;

	/** The estimate, or null when a newer request replaced this one before it ran. */
	estimate(
		places: readonly OutcomePlaceRow[],
		months: readonly OutcomeMonthRow[],
		options: Partial<DidOptions>
	): Promise<EstimateAnswer | null> {
		if (this.#here) return Promise.resolve(estimateHere(places, months, options));
		return new Promise((resolve, reject) => {
			const request = { id: ++this.#nextId, places, months, options };
			this.#queued?.resolve(null);
			this.#queued = { request, resolve, reject };
			this.#pump();
		});
	}

	#pump(): void {
		if (this.#running || !this.#queued) return;
		this.#running = this.#queued;
		this.#queued = null;
		this.#workerFor().postMessage(this.#running.request);
	}

	#workerFor(): Worker {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('./estimate.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (event: MessageEvent<EstimateReply>) => this.#settle(event.data);
			this.#worker.onerror = (event) => {
				event.preventDefault();
				const running = this.#running;
				// A worker that failed to start: estimate here from now on.
				this.#worker?.terminate();
				this.#worker = null;
				this.#here = true;
				this.#running = null;
				const queued = this.#queued;
				this.#queued = null;
				if (queued) this.#answerHere(queued);
				if (running) this.#answerHere(running);
			};
		}
		return this.#worker;
	}

	#answerHere({ request, resolve, reject }: Waiting): void {
		try {
			resolve(estimateHere(request.places, request.months, request.options));
		} catch (error) {
			reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	#settle(reply: EstimateReply): void {
		const running = this.#running;
		this.#running = null;
		if (running && running.request.id === reply.id) {
			if ('error' in reply) running.reject(new Error(reply.error));
			else running.resolve({ result: reply.result, ms: reply.ms });
		}
		this.#pump();
	}
}
