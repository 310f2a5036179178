/**
 * The data engine as the UI sees it: start-up status, the loaded manifest, and the connector views
 * query through. The engine itself comes from a provider the deployment chooses (the in-browser
 * wasm engine, or a server); what only one provider has (byte progress, the memory check) is read
 * through it. When a session is lost (a dead worker, a server gone) the engine reopens it under
 * the provider's recovery policy; `generation` then bumps, so every view re-runs its query from the
 * URL's state. One instance per page, shared through context (`engine-context.ts`).
 */
import { base } from '$app/paths';
import type { Connector, Workbench } from '../db/connector';
import type { LoadProgress } from '../db/load';
import type { MemoryCheck } from '../db/memory';
import {
	SessionLost,
	type EngineKind,
	type EngineProvider,
	type EngineSession
} from '../db/provider';
import { DataError } from '../db/errors';
import type { DataManifest } from '../schema';
import { exposeForTests, testFlags } from './test-hooks';

export type EngineStatus = 'idle' | 'starting' | 'confirm-memory' | 'loading' | 'ready' | 'error';

const LOSS_WINDOW_MS = 60_000;

/** The provider the deployment names (lazy: the wasm engine's code loads only when it is used). */
async function chooseFromDeployment(): Promise<EngineProvider> {
	const { deploymentProvider } = await import('../db/deployment');
	const flags = testFlags();
	const watchdog = flags?.watchdogMs
		? { intervalMs: flags.watchdogMs, timeoutMs: 3 * flags.watchdogMs }
		: undefined;
	return deploymentProvider({ dataUrl: `${base}/data`, basePath: base, watchdog });
}

export class DataEngine {
	status = $state<EngineStatus>('idle');
	manifest = $state.raw<DataManifest | null>(null);
	error = $state<string | null>(null);
	/** The failure's stable name when it has one (e.g. 'server-unreachable'), for translated text. */
	errorCode = $state<string | null>(null);
	/** Bumps each time the data changes, so cached results from older data are not reused. */
	generation = $state(0);
	/** Why the session was last lost (null if it never was, or once the user dismissed the notice). */
	crash = $state<string | null>(null);
	/** How many times the engine was reopened after a lost session. */
	restarts = $state(0);
	/** Non-zero when the session was lost this many times in a minute and left stopped. */
	gaveUp = $state(0);
	/** The provider in use, once chosen. */
	provider = $state.raw<EngineProvider | null>(null);
	/** True once a session is open and has no workbench (load tables, run scripts). */
	workbenchMissing = $state(false);

	readonly #choose: () => Promise<EngineProvider>;
	#ready: Promise<Connector> | null = null;
	#session: EngineSession | null = null;
	#losses: number[] = [];
	#failures = 0;
	#retryTimer: ReturnType<typeof setTimeout> | null = null;
	/** Why the last start failed: later callers get it at once until retry() (no start per query). */
	#blocked: Error | null = null;

	/** `choose` picks the provider; by default the deployment's manifest decides. */
	constructor(choose: () => Promise<EngineProvider> = chooseFromDeployment) {
		this.#choose = choose;
		exposeForTests({ engine: this, crashEngine: () => this.provider?.crash?.() });
	}

	get kind(): EngineKind | null {
		return this.provider?.kind ?? null;
	}

	/** Bytes loaded so far (in-browser engine only). */
	get progress(): LoadProgress | null {
		return this.provider?.progress ?? null;
	}

	/** The memory check of the pending or last load (in-browser engine only). */
	get memory(): MemoryCheck | null {
		return this.provider?.memory ?? null;
	}

	/** Starts the engine with its data once; every caller shares the same promise. */
	ready(): Promise<Connector> {
		if (this.#blocked) return Promise.reject(this.#blocked);
		if (!this.#ready) {
			const attempt: Promise<Connector> = this.#start().catch((error: unknown) => {
				if (this.#ready !== attempt) throw error;
				if (error instanceof SessionLost) this.#lost(error.reason);
				else this.#failed(error);
				throw error;
			});
			this.#ready = attempt;
		}
		return this.#ready;
	}

	/** The workbench (load tables, run scripts); a readable error where the engine has none. */
	async workbench(): Promise<Workbench> {
		await this.ready();
		const workbench = this.#session?.workbench;
		if (!workbench) {
			throw new DataError(
				'This deployment answers views from a server, which runs no SQL sent from the browser and loads no files.'
			);
		}
		return workbench;
	}

	/** The user's answer to the memory warning: load anyway, or stop. */
	confirmLoad(go: boolean): void {
		this.provider?.confirmLoad?.(go);
	}

	/** Starts again after repeated losses or a failed start (the retry button). */
	retry(): void {
		this.#losses = [];
		this.#failures = 0;
		this.gaveUp = 0;
		this.#blocked = null;
		this.#clearRetry();
		this.ready().catch(() => {});
	}

	dismissCrash(): void {
		this.crash = null;
	}

	async #start(): Promise<Connector> {
		this.status = 'starting';
		this.error = null;
		this.errorCode = null;
		const provider = (this.provider ??= await this.#choose());
		const session = await provider.open((phase) => (this.status = phase));
		this.#session = session;
		this.#failures = 0;
		this.workbenchMissing = session.workbench === null;
		this.manifest = session.manifest;
		this.status = 'ready';
		this.generation += 1;
		void session.lost.then((reason) => this.#onLost(session, reason));
		return session.connector;
	}

	#failed(error: unknown): void {
		this.status = 'error';
		this.error = error instanceof Error ? error.message : String(error);
		this.errorCode = error instanceof DataError ? (error.code ?? null) : null;
		this.#ready = null;
		this.#blocked = error instanceof Error ? error : new Error(String(error));
		this.#failures += 1;
		const delay = this.provider?.recovery.retryDelayMs(this.#failures) ?? null;
		if (delay !== null && this.gaveUp === 0) {
			this.#clearRetry();
			this.#retryTimer = setTimeout(() => {
				this.#retryTimer = null;
				this.#blocked = null;
				this.ready().catch(() => {});
			}, delay);
		}
	}

	#clearRetry(): void {
		if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
	}

	#onLost(session: EngineSession, reason: string): void {
		if (session !== this.#session) return;
		this.#session = null;
		void session.stop();
		this.#lost(reason);
	}

	/** Counts the loss; reopens, unless it was one too many this minute. */
	#lost(reason: string): void {
		this.#ready = null;
		this.crash = reason;
		const now = Date.now();
		this.#losses = [...this.#losses.filter((t) => now - t < LOSS_WINDOW_MS), now];
		if (this.#losses.length > (this.provider?.recovery.maxLossesPerMinute ?? 0)) {
			this.status = 'error';
			this.error = reason;
			this.gaveUp = this.#losses.length;
			this.#blocked = new Error(`The data engine stopped: ${reason}`);
			return;
		}
		this.restarts += 1;
		this.ready().catch(() => {});
	}
}
