/**
 * The estimator behind a worker: the answer equals the estimate on this thread, one runs at a
 * time, a request made while one runs is replaced by a newer one (answered null, never computed),
 * and a worker that cannot start leaves the estimate on this thread.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../scripts/generate/dataset';
import { RemoteEstimator } from '../../../src/lib/analysis/did/remote';
import { estimateHere, type EstimateRequest } from '../../../src/lib/analysis/did/estimate-here';
import { DEFAULT_FILTERS } from '../../../src/lib/model/filters';
import {
	outcomeMonthsQuery,
	outcomePlacesQuery,
	type OutcomeMonthRow,
	type OutcomePlaceRow
} from '../../../src/lib/queries/outcomes';
import { openTestDb, type TestDb } from '../../helpers/duckdb';

let db: TestDb;
let places: OutcomePlaceRow[];
let months: OutcomeMonthRow[];

beforeAll(async () => {
	const data = generateDataset();
	db = await openTestDb();
	for (const t of data.manifest.tables) db.loadArrow(t.name, data.files.get(t.file)!);
	const pq = outcomePlacesQuery(DEFAULT_FILTERS);
	const mq = outcomeMonthsQuery(DEFAULT_FILTERS);
	places = db.rows<OutcomePlaceRow>(pq.sql, pq.params);
	months = db.rows<OutcomeMonthRow>(mq.sql, mq.params);
});
afterAll(() => db?.close());

/** A worker that answers on a later task, as a real one does, and records what it was sent. */
class FakeWorker {
	static sent: EstimateRequest[] = [];
	static failToStart = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: { preventDefault(): void }) => void) | null = null;
	postMessage(request: EstimateRequest) {
		FakeWorker.sent.push(request);
		setTimeout(() => {
			if (FakeWorker.failToStart) {
				this.onerror?.({ preventDefault() {} });
				return;
			}
			const { result, ms } = estimateHere(request.places, request.months, request.options);
			this.onmessage?.({ data: { id: request.id, result, ms } } as MessageEvent);
		}, 5);
	}
	terminate() {}
}

describe('RemoteEstimator', () => {
	afterEach(() => {
		delete (globalThis as { Worker?: unknown }).Worker;
		FakeWorker.sent = [];
		FakeWorker.failToStart = false;
	});

	test('without a worker it estimates on this thread, the same numbers', async () => {
		const answer = await new RemoteEstimator().estimate(places, months, {});
		const here = estimateHere(places, months, {});
		expect(answer!.result!.overall).toEqual(here.result!.overall);
		expect(answer!.ms).toBeGreaterThan(0);
	});

	test('one at a time: of three requests made while one runs, only the newest runs', async () => {
		(globalThis as { Worker?: unknown }).Worker = FakeWorker;
		const remote = new RemoteEstimator();
		const first = remote.estimate(places, months, {});
		const second = remote.estimate(places, months, { scale: 'level' });
		const third = remote.estimate(places, months, { comparison: 'never' });
		const [a, b, c] = await Promise.all([first, second, third]);
		expect(b).toBeNull();
		expect(a!.result!.options.scale).toBe('log');
		expect(c!.result!.options.comparison).toBe('never');
		expect(FakeWorker.sent.map((r) => r.options)).toEqual([{}, { comparison: 'never' }]);
		const here = estimateHere(places, months, { comparison: 'never' });
		expect(c!.result!.phases).toEqual(here.result!.phases);
	});

	test('a worker that cannot start: the estimate is made here, now and after', async () => {
		(globalThis as { Worker?: unknown }).Worker = FakeWorker;
		FakeWorker.failToStart = true;
		const remote = new RemoteEstimator();
		const answer = await remote.estimate(places, months, {});
		expect(answer!.result!.overall.effect.ok).toBe(true);
		const sentBefore = FakeWorker.sent.length;
		await remote.estimate(places, months, { scale: 'level' });
		expect(FakeWorker.sent.length).toBe(sentBefore);
	});
});
