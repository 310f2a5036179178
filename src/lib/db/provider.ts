/**
 * What `DataEngine` needs of an engine provider: open a session (the engine up, the data in it),
 * learn when it is lost, and how to recover. The in-browser wasm engine and a server are the two
 * providers; the deployment chooses one (`deployment.ts`). States only one kind has (the wasm
 * engine's byte progress and memory check) live in that provider and are optional here.
 */
import type { DataManifest } from '../schema';
import type { Connector, Workbench } from './connector';
import type { LoadProgress } from './load';
import type { MemoryCheck } from './memory';

export type EngineKind = 'wasm' | 'server';

/** The phases a start goes through, as the status line shows them. */
export type StartPhase = 'starting' | 'confirm-memory' | 'loading';

export interface EngineSession {
	/** The narrow seam every view uses. */
	readonly connector: Connector;
	/** Load a table, run a script: null when the engine does not offer them (server mode). */
	readonly workbench: Workbench | null;
	readonly manifest: DataManifest;
	/** Resolves with the reason once the session can no longer answer (dead worker, server gone). */
	readonly lost: Promise<string>;
	/** Ends the session and frees what it holds (the worker). Safe to call twice. */
	stop(): Promise<void>;
}

export interface RecoveryPolicy {
	/** More losses than this within a minute and the engine is left stopped (the user retries). */
	readonly maxLossesPerMinute: number;
	/**
	 * After a failed start: ms until the next attempt, or null to stop and show the error with
	 * "Try again". `attempt` counts the failures in a row, from 1.
	 */
	retryDelayMs(attempt: number): number | null;
}

export interface EngineProvider {
	readonly kind: EngineKind;
	readonly recovery: RecoveryPolicy;
	/** Starts the engine with its data; `phase` reports each step for the status line. */
	open(phase: (p: StartPhase) => void): Promise<EngineSession>;
	/** Bytes downloaded so far (wasm: the data files; absent when nothing is downloaded). */
	readonly progress?: LoadProgress | null;
	/** The memory check of the pending or last load (wasm only). */
	readonly memory?: MemoryCheck | null;
	/** The user's answer to a memory warning (wasm only). */
	confirmLoad?(go: boolean): void;
	/** Tests only: kills the engine as a crash would (wasm: terminates the worker). */
	crash?(): void;
}

/** Thrown by `open` when the engine died while starting: a loss to recover from, not a failure. */
export class SessionLost extends Error {
	constructor(readonly reason: string) {
		super(`The data engine stopped while starting: ${reason}`);
		this.name = 'SessionLost';
	}
}
