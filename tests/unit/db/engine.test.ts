/**
 * DataEngine over fake providers: the start, a lost session and its recovery, the give-up limit,
 * automatic retries for providers that ask for them, and the missing workbench of a server.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DataEngine } from '../../../src/lib/state/engine.svelte';
import {
	SessionLost,
	type EngineProvider,
	type EngineSession,
	type RecoveryPolicy,
	type StartPhase
} from '../../../src/lib/db/provider';
import type { Connector, Workbench } from '../../../src/lib/db/connector';
import type { DataManifest } from '../../../src/lib/schema';

const MANIFEST = { version: 'v1', tables: [] } as unknown as DataManifest;

interface FakeSession extends EngineSession {
	lose(reason: string): void;
}

function fakeSession(workbench: Workbench | null): FakeSession {
	let lose!: (reason: string) => void;
	const lost = new Promise<string>((resolve) => (lose = resolve));
	const connector: Connector = {
		query: async <T>() => [{ n: 1 }] as T[],
		queryArrow: async () => new Uint8Array(),
		cancel: async () => {}
	};
	return { connector, workbench, manifest: MANIFEST, lost, lose, stop: vi.fn(async () => {}) };
}

/** A provider whose `open` runs the next scripted outcome. */
function fakeProvider(
	recovery: RecoveryPolicy,
	outcomes: (() => Promise<FakeSession>)[],
	kind: 'wasm' | 'server' = 'wasm'
) {
	const sessions: FakeSession[] = [];
	const phases: StartPhase[] = [];
	const provider: EngineProvider = {
		kind,
		recovery,
		async open(phase) {
			phase('starting');
			phases.push('starting');
			const next = outcomes.shift() ?? (() => Promise.resolve(fakeSession(null)));
			const session = await next();
			sessions.push(session);
			return session;
		}
	};
	return { provider, sessions, phases };
}

const ok =
	(workbench: Workbench | null = {} as Workbench) =>
	() =>
		Promise.resolve(fakeSession(workbench));
const WASM: RecoveryPolicy = { maxLossesPerMinute: 3, retryDelayMs: () => null };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('DataEngine', () => {
	beforeEach(() => vi.useRealTimers());
	afterEach(() => vi.useRealTimers());

	test('opens one session for every caller and reports it ready', async () => {
		const { provider, sessions } = fakeProvider(WASM, [ok()]);
		const engine = new DataEngine(async () => provider);
		const [a, b] = await Promise.all([engine.ready(), engine.ready()]);
		expect(a).toBe(b);
		expect(sessions).toHaveLength(1);
		expect(engine.status).toBe('ready');
		expect(engine.manifest?.version).toBe('v1');
		expect(engine.generation).toBe(1);
		expect(engine.kind).toBe('wasm');
		expect(await a.query({ sql: 'x', params: [] })).toEqual([{ n: 1 }]);
	});

	test('a lost session is reopened, and every view sees a new generation', async () => {
		const { provider, sessions } = fakeProvider(WASM, [ok(), ok()]);
		const engine = new DataEngine(async () => provider);
		await engine.ready();
		sessions[0]!.lose('worker died');
		await settle();
		await engine.ready();
		expect(sessions[0]!.stop).toHaveBeenCalled();
		expect(sessions).toHaveLength(2);
		expect(engine.crash).toBe('worker died');
		expect(engine.restarts).toBe(1);
		expect(engine.generation).toBe(2);
		expect(engine.status).toBe('ready');
	});

	test('more losses in a minute than the provider allows: left stopped until retry', async () => {
		const { provider, sessions } = fakeProvider(WASM, [ok(), ok(), ok(), ok(), ok()]);
		const engine = new DataEngine(async () => provider);
		await engine.ready();
		for (let i = 0; i < 4; i++) {
			sessions.at(-1)!.lose(`death ${i}`);
			await settle();
			if (i < 3) await engine.ready();
		}
		expect(engine.status).toBe('error');
		expect(engine.gaveUp).toBe(4);
		await expect(engine.ready()).rejects.toThrow(/death 3/);
		engine.retry();
		await engine.ready();
		expect(engine.status).toBe('ready');
		expect(engine.gaveUp).toBe(0);
	});

	test('a failed start stays failed (no start per query) when the provider does not retry', async () => {
		const fail = () => Promise.reject(new Error('manifest missing'));
		const { provider, sessions } = fakeProvider(WASM, [fail, ok()]);
		const engine = new DataEngine(async () => provider);
		await expect(engine.ready()).rejects.toThrow('manifest missing');
		await expect(engine.ready()).rejects.toThrow('manifest missing');
		expect(engine.status).toBe('error');
		expect(sessions).toHaveLength(0);
		engine.retry();
		await engine.ready();
		expect(engine.status).toBe('ready');
	});

	test('a provider that asks for retries is retried until it answers (a server coming back)', async () => {
		vi.useFakeTimers();
		const down = () => Promise.reject(new Error('The data server is not answering.'));
		const delays: number[] = [];
		const policy: RecoveryPolicy = {
			maxLossesPerMinute: Infinity,
			retryDelayMs: (attempt) => (delays.push(attempt), 1000)
		};
		const { provider } = fakeProvider(policy, [down, down, ok(null)], 'server');
		const engine = new DataEngine(async () => provider);
		await expect(engine.ready()).rejects.toThrow('not answering');
		expect(engine.status).toBe('error');
		await vi.advanceTimersByTimeAsync(1000);
		expect(engine.status).toBe('error');
		await vi.advanceTimersByTimeAsync(1000);
		expect(engine.status).toBe('ready');
		expect(delays).toEqual([1, 2]);
		expect(engine.workbenchMissing).toBe(true);
		await expect(engine.workbench()).rejects.toThrow(/server/);
	});

	test('an engine that dies while starting counts as a loss and is restarted', async () => {
		const dies = () => Promise.reject(new SessionLost('no answer for 30 s'));
		const { provider, sessions } = fakeProvider(WASM, [dies, ok()]);
		const engine = new DataEngine(async () => provider);
		await expect(engine.ready()).rejects.toThrow(/stopped while starting/);
		await engine.ready();
		expect(sessions).toHaveLength(1);
		expect(engine.crash).toBe('no answer for 30 s');
		expect(engine.status).toBe('ready');
	});

	test('the workbench is the session’s when it has one', async () => {
		const workbench = { runScript: vi.fn() } as unknown as Workbench;
		const { provider } = fakeProvider(WASM, [ok(workbench)]);
		const engine = new DataEngine(async () => provider);
		expect(await engine.workbench()).toBe(workbench);
		expect(engine.workbenchMissing).toBe(false);
	});
});
