/**
 * The data engine as the UI sees it: start-up status with byte progress, a memory check before the
 * load, the loaded manifest, and the connector queries go through. If the engine's worker dies it
 * is restarted and the data reloaded; `generation` then bumps, so every view re-runs its query from
 * the URL's state. One instance per page; started lazily in the browser.
 */
import { base } from '$app/paths';
import type { Connector } from '../db/connector';
import type { Engine } from '../db/client';
import type { LoadProgress } from '../db/load';
import type { MemoryCheck } from '../db/memory';
import type { DataManifest } from '../schema';
import { exposeForTests, testFlags } from './test-hooks';
import { DATA_READY_MARK, ENGINE_READY_MARK, mark } from '../perf/marks';

export type EngineStatus = 'idle' | 'starting' | 'confirm-memory' | 'loading' | 'ready' | 'error';

/** More deaths than this within RESTART_WINDOW_MS and the engine is left stopped. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export class DataEngine {
	status = $state<EngineStatus>('idle');
	progress = $state.raw<LoadProgress | null>(null);
	manifest = $state.raw<DataManifest | null>(null);
	error = $state<string | null>(null);
	/** Bumps each time the data changes, so cached results from older data are not reused. */
	generation = $state(0);
	/** Why the worker last died (null if it never did, or once the user dismissed the notice). */
	crash = $state<string | null>(null);
	/** How many times the engine was restarted after its worker died. */
	restarts = $state(0);
	/** Non-zero when the worker died this many times in a minute and was left stopped. */
	gaveUp = $state(0);
	/** The memory check of the pending or last load. */
	memory = $state.raw<MemoryCheck | null>(null);

	#ready: Promise<Connector> | null = null;
	#engine: Engine | null = null;
	#stopWatch: (() => void) | null = null;
	#deaths: number[] = [];
	#confirm: ((go: boolean) => void) | null = null;
	/** Why the last start failed: later callers get it at once until retry() (no start per query). */
	#blocked: Error | null = null;

	constructor() {
		exposeForTests({ engine: this, crashEngine: () => this.#engine?.worker.terminate() });
	}

	/** Starts the engine and loads the bundled data once; every caller shares the same promise. */
	ready(): Promise<Connector> {
		if (this.#blocked) return Promise.reject(this.#blocked);
		if (!this.#ready) {
			const attempt: Promise<Connector> = this.#start().catch((error: unknown) => {
				if (this.#ready === attempt) {
					this.status = 'error';
					this.error = error instanceof Error ? error.message : String(error);
					this.#ready = null;
					this.#blocked = error instanceof Error ? error : new Error(String(error));
				}
				throw error;
			});
			this.#ready = attempt;
		}
		return this.#ready;
	}

	/** The user's answer to the memory warning: load anyway, or stop. */
	confirmLoad(go: boolean): void {
		this.#confirm?.(go);
		this.#confirm = null;
	}

	/** Starts again after repeated crashes or a failed load (the retry button). */
	retry(): void {
		this.#deaths = [];
		this.gaveUp = 0;
		this.#blocked = null;
		this.ready().catch(() => {});
	}

	dismissCrash(): void {
		this.crash = null;
	}

	async #start(): Promise<Connector> {
		this.status = 'starting';
		this.error = null;
		const [client, { fetchManifest, loadTables }, { WasmConnector }, memory] = await Promise.all([
			import('../db/client'),
			import('../db/load'),
			import('../db/wasm-connector'),
			import('../db/memory')
		]);
		const dataUrl = `${base}/data`;
		const starting = client.startEngine();
		const manifest = await fetchManifest(dataUrl).catch((error: unknown) => {
			starting.then(client.stopEngine, () => {}); // no engine left running without its data
			throw error;
		});
		const engine = await starting;
		mark(ENGINE_READY_MARK);
		this.#engine = engine;
		void engine.life.died.then((reason) => this.#onDeath(engine, reason));
		try {
			const total = manifest.tables.reduce((s, t) => s + t.bytes, 0);
			this.memory = memory.checkMemory(total, await readMemoryLimit(engine, memory));
			if (!this.memory.fits && !(await this.#askToLoad())) {
				throw new Error('The load was stopped before it started: not enough memory.');
			}
			this.status = 'loading';
			await engine.life.guard(
				loadTables(engine.conn, manifest, dataUrl, (p) => (this.progress = p))
			);
			mark(DATA_READY_MARK);
		} catch (error) {
			if (this.#engine === engine) this.#engine = null;
			void client.stopEngine(engine);
			throw error;
		}
		this.manifest = manifest;
		this.status = 'ready';
		this.generation += 1;
		// Generous in normal use: a long query delays the ping, and a false alarm restarts the engine.
		const flags = testFlags();
		const intervalMs = flags?.watchdogMs ?? 5_000;
		const timeoutMs = flags?.watchdogMs ? 3 * flags.watchdogMs : 30_000;
		this.#stopWatch?.();
		this.#stopWatch = (await import('../db/lifeline')).watch(
			engine.life,
			() => client.pingEngine(engine),
			{ intervalMs, timeoutMs }
		);
		return new WasmConnector(engine);
	}

	#askToLoad(): Promise<boolean> {
		this.status = 'confirm-memory';
		return new Promise((resolve) => (this.#confirm = resolve));
	}

	#onDeath(engine: Engine, reason: string): void {
		if (engine !== this.#engine) return;
		this.#engine = null;
		this.#ready = null;
		this.#stopWatch?.();
		this.#stopWatch = null;
		void import('../db/client').then((c) => c.stopEngine(engine));
		this.crash = reason;
		const now = Date.now();
		this.#deaths = [...this.#deaths.filter((t) => now - t < RESTART_WINDOW_MS), now];
		if (this.#deaths.length > MAX_RESTARTS) {
			this.status = 'error';
			this.error = reason;
			this.gaveUp = this.#deaths.length;
			this.#blocked = new Error(`The data engine stopped: ${reason}`);
			return;
		}
		this.restarts += 1;
		this.ready().catch(() => {});
	}
}

async function readMemoryLimit(
	engine: Engine,
	memory: typeof import('../db/memory')
): Promise<number | null> {
	try {
		const result = await engine.life.guard(
			engine.conn.query(`SELECT current_setting('memory_limit') AS m`)
		);
		return memory.parseMemorySetting(String(result.toArray()[0]?.m ?? ''));
	} catch {
		return null;
	}
}

let shared: DataEngine | null = null;

/** The page's engine (a module singleton: the browser has one page at a time). */
export function dataEngine(): DataEngine {
	shared ??= new DataEngine();
	return shared;
}
