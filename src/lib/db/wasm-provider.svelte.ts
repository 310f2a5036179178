/**
 * The in-browser provider: duckdb-wasm in a worker of this page, loaded with the bundled Arrow
 * files. Owns what only this engine has: byte progress, the memory check before a load that may
 * not fit in 32-bit WebAssembly, and the watchdog that declares a silent worker dead.
 */
import type { DataManifest } from '../schema';
import type { Engine } from './client';
import type { LoadProgress } from './load';
import type { MemoryCheck } from './memory';
import {
	SessionLost,
	type EngineProvider,
	type EngineSession,
	type RecoveryPolicy,
	type StartPhase
} from './provider';
import { DATA_READY_MARK, ENGINE_READY_MARK, mark } from '../perf/marks';

export interface WasmOptions {
	/** Where `manifest.json` and the data files are served. */
	readonly dataUrl: string;
	/** The manifest, when the deployment already fetched it (used for the first start only). */
	readonly manifest?: DataManifest;
	/** Watchdog ping interval and timeout (ms). Generous: a long query delays the ping. */
	readonly watchdog?: { readonly intervalMs: number; readonly timeoutMs: number };
}

const DEFAULT_WATCHDOG = { intervalMs: 5_000, timeoutMs: 30_000 };

export class WasmProvider implements EngineProvider {
	readonly kind = 'wasm';
	/** A dead worker restarts at once, three times a minute at most; a failed start stops. */
	readonly recovery: RecoveryPolicy = { maxLossesPerMinute: 3, retryDelayMs: () => null };
	progress = $state.raw<LoadProgress | null>(null);
	memory = $state.raw<MemoryCheck | null>(null);

	readonly #options: WasmOptions;
	#firstManifest: DataManifest | undefined;
	#engine: Engine | null = null;
	#confirm: ((go: boolean) => void) | null = null;

	constructor(options: WasmOptions) {
		this.#options = options;
		this.#firstManifest = options.manifest;
	}

	confirmLoad(go: boolean): void {
		this.#confirm?.(go);
		this.#confirm = null;
	}

	crash(): void {
		this.#engine?.worker.terminate();
	}

	async open(phase: (p: StartPhase) => void): Promise<EngineSession> {
		phase('starting');
		const [client, { fetchManifest, loadTables }, { WasmConnector }, memory, { watch }] =
			await Promise.all([
				import('./client'),
				import('./load'),
				import('./wasm-connector'),
				import('./memory'),
				import('./lifeline')
			]);
		const { dataUrl } = this.#options;
		const known = this.#firstManifest;
		this.#firstManifest = undefined; // a restart reads the manifest again
		// One bar for both downloads: the engine's wasm, then the data files.
		const wasmBytes = __ENGINE_WASM_BYTES__;
		let dataBytes = known ? known.tables.reduce((s, t) => s + t.bytes, 0) : 0;
		const starting = client.startEngine((loaded) => {
			this.progress = {
				loadedBytes: Math.min(loaded, wasmBytes),
				totalBytes: wasmBytes + dataBytes,
				table: null
			};
		});
		const manifest = await (known ? Promise.resolve(known) : fetchManifest(dataUrl)).catch(
			(error: unknown) => {
				starting.then(client.stopEngine, () => {}); // no engine left running without its data
				throw error;
			}
		);
		const engine = await starting;
		mark(ENGINE_READY_MARK);
		this.#engine = engine;
		try {
			const total = manifest.tables.reduce((s, t) => s + t.bytes, 0);
			this.memory = memory.checkMemory(total, await readMemoryLimit(engine, memory));
			if (!this.memory.fits && !(await this.#askToLoad(phase))) {
				throw new Error('The load was stopped before it started: not enough memory.');
			}
			phase('loading');
			dataBytes = manifest.tables.reduce((s, t) => s + t.bytes, 0);
			await engine.life.guard(
				loadTables(engine.conn, manifest, dataUrl, (p) => {
					this.progress = {
						loadedBytes: wasmBytes + p.loadedBytes,
						totalBytes: wasmBytes + p.totalBytes,
						table: p.table
					};
				})
			);
			mark(DATA_READY_MARK);
		} catch (error) {
			this.#forget(engine);
			void client.stopEngine(engine);
			throw engine.life.dead ? new SessionLost(engine.life.reason ?? '') : error;
		}
		const stopWatch = watch(
			engine.life,
			() => client.pingEngine(engine),
			this.#options.watchdog ?? DEFAULT_WATCHDOG
		);
		const connector = new WasmConnector(engine);
		let stopped = false;
		return {
			connector,
			workbench: connector,
			manifest,
			lost: engine.life.died,
			stop: async () => {
				if (stopped) return;
				stopped = true;
				stopWatch();
				this.#forget(engine);
				await client.stopEngine(engine);
			}
		};
	}

	#forget(engine: Engine): void {
		if (this.#engine === engine) this.#engine = null;
	}

	#askToLoad(phase: (p: StartPhase) => void): Promise<boolean> {
		phase('confirm-memory');
		return new Promise((resolve) => (this.#confirm = resolve));
	}
}

async function readMemoryLimit(
	engine: Engine,
	memory: typeof import('./memory')
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
