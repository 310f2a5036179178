/**
 * The data engine as the UI sees it: start-up status with byte progress, the loaded manifest, and
 * the connector queries go through. One instance per page; started lazily in the browser.
 */
import { base } from '$app/paths';
import type { Connector } from '../db/connector';
import type { LoadProgress } from '../db/load';
import type { DataManifest } from '../schema';
import { DATA_READY_MARK, ENGINE_READY_MARK, mark } from '../perf/marks';

export type EngineStatus = 'idle' | 'starting' | 'loading' | 'ready' | 'error';

export class DataEngine {
	status = $state<EngineStatus>('idle');
	progress = $state.raw<LoadProgress | null>(null);
	manifest = $state.raw<DataManifest | null>(null);
	error = $state<string | null>(null);
	/** Bumps each time the data changes, so cached results from older data are not reused. */
	generation = $state(0);

	#ready: Promise<Connector> | null = null;

	/** Starts the engine and loads the bundled data once; every caller shares the same promise. */
	ready(): Promise<Connector> {
		this.#ready ??= this.#start().catch((error: unknown) => {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
			this.#ready = null;
			throw error;
		});
		return this.#ready;
	}

	async #start(): Promise<Connector> {
		this.status = 'starting';
		this.error = null;
		const [{ startEngine }, { fetchManifest, loadTables }, { WasmConnector }] = await Promise.all([
			import('../db/client'),
			import('../db/load'),
			import('../db/wasm-connector')
		]);
		const dataUrl = `${base}/data`;
		const [engine, manifest] = await Promise.all([
			startEngine((message) => {
				this.status = 'error';
				this.error = `The data engine stopped: ${message}`;
			}),
			fetchManifest(dataUrl)
		]);
		mark(ENGINE_READY_MARK);
		this.status = 'loading';
		await loadTables(engine.conn, manifest, dataUrl, (p) => (this.progress = p));
		mark(DATA_READY_MARK);
		this.manifest = manifest;
		this.status = 'ready';
		this.generation += 1;
		return new WasmConnector(engine);
	}
}

let shared: DataEngine | null = null;

/** The page's engine (a module singleton: the browser has one page at a time). */
export function dataEngine(): DataEngine {
	shared ??= new DataEngine();
	return shared;
}
