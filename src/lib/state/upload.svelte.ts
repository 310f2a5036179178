/**
 * The upload as the analyst walks it: read the file → confirm the mapping → see the check →
 * skip bad rows or fix the mapping or cancel → replace or add. Any failure leaves the loaded data
 * as it was (the engine swaps tables only after every check passed).
 */
import { tableToStreamBytes } from '../data/arrow-table';
import { readableError } from '../db/errors';
import { IngestError, type ErrorParams, type FileErrorCode } from '../ingest/errors';
import { BUNDLED_REFERENCE } from '../ingest/bundled-reference';
import type { ColumnMapping, Mapping } from '../ingest/mapping';
import { check, propose, toArrow, type Proposal } from '../ingest/pipeline';
import type { ReadFile } from '../ingest/readers';
import type { Validation } from '../ingest/validate';
import { detectFormat } from '../ingest/detect';
import type { LoadMode } from '../db/staging';
import { uploadTotalsQuery } from '../queries/workbench';
import { activeDataset, sha256Hex, type ActiveDataset } from './dataset.svelte';
import { getEngine } from './engine-context';
import type { DataEngine } from './engine.svelte';

export type UploadStep = 'idle' | 'reading' | 'mapping' | 'report' | 'loading' | 'done';

export interface UploadDone {
	readonly table: string;
	readonly file: string;
	readonly rows: number;
	readonly total: number;
	readonly sums: Readonly<Record<string, number>>;
}

export class UploadFlow {
	step = $state<UploadStep>('idle');
	fileName = $state('');
	read = $state.raw<ReadFile | null>(null);
	proposal = $state.raw<Proposal | null>(null);
	mapping = $state.raw<Mapping | null>(null);
	validation = $state.raw<Validation | null>(null);
	/** A file-level problem (code + params), shown in place of the step. */
	fileError = $state.raw<{ code: FileErrorCode; params: ErrorParams } | null>(null);
	/** The engine refused the load; nothing changed. */
	loadError = $state<string | null>(null);
	mode = $state<LoadMode>('replace');
	done = $state.raw<UploadDone | null>(null);

	#bytes: Uint8Array | null = null;
	readonly #engine: DataEngine;
	readonly #dataset: ActiveDataset;

	/** Build it while a component initialises: it keeps the page's engine and dataset. */
	constructor() {
		this.#engine = getEngine();
		this.#dataset = activeDataset();
	}

	/** Reads a dropped or picked file; the size is checked before a byte is read. */
	async open(file: Blob & { name: string }): Promise<void> {
		this.#reset(file.name);
		this.step = 'reading';
		await this.#guard(async () => {
			detectFormat(file.name, file.size, new Uint8Array(await file.slice(0, 16).arrayBuffer()));
			await this.#parse(file.name, new Uint8Array(await file.arrayBuffer()));
		});
	}

	/** Loads a file from a URL (same origin or CORS-enabled). */
	async openUrl(url: string): Promise<void> {
		const name = decodeURIComponent(
			new URL(url, location.href).pathname.split('/').pop() || 'download'
		);
		this.#reset(name);
		this.step = 'reading';
		await this.#guard(async () => {
			const response = await fetch(url).catch(() => null);
			if (!response?.ok)
				throw new IngestError('fetch-failed', { status: response?.status ?? 'network' });
			const blob = await response.blob();
			detectFormat(name, blob.size, new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
			await this.#parse(name, new Uint8Array(await blob.arrayBuffer()));
		});
	}

	/** Points the file at another table; the mapping is proposed again. */
	chooseTable(name: string): void {
		if (!this.read) return;
		void this.#guard(async () => this.#propose(name));
	}

	setColumn(column: string, change: Partial<ColumnMapping>): void {
		if (!this.mapping) return;
		this.mapping = { ...this.mapping, [column]: { ...this.mapping[column]!, ...change } };
	}

	/** Checks every row under the confirmed mapping. */
	checkRows(): void {
		const { read, proposal, mapping } = this;
		if (!read || !proposal || !mapping) return;
		void this.#guard(async () => {
			this.validation = check(read, proposal, mapping, BUNDLED_REFERENCE);
			this.step = 'report';
		}, true);
	}

	/** Back from the report to the mapping. */
	fixMapping(): void {
		this.validation = null;
		this.step = 'mapping';
	}

	/** Loads the rows that passed, then re-counts and re-sums them in the engine. */
	async load(): Promise<void> {
		const { proposal, validation } = this;
		if (!proposal || !validation || validation.goodRows === 0 || !this.#bytes) return;
		this.step = 'loading';
		this.loadError = null;
		try {
			const workbench = await this.#engine.workbench();
			const ipc = tableToStreamBytes(toArrow(proposal.spec, validation));
			const total = await workbench.loadTable(proposal.spec, ipc, this.mode);
			const connector = await this.#engine.ready();
			const [sums] = await connector.query<Record<string, number>>(
				uploadTotalsQuery(proposal.spec)
			);
			this.#dataset.record({
				table: proposal.spec.name,
				file: this.fileName,
				sha256: await sha256Hex(this.#bytes),
				rows: validation.goodRows,
				mode: this.mode
			});
			this.done = {
				table: proposal.spec.name,
				file: this.fileName,
				rows: validation.goodRows,
				total,
				sums: sums ?? {}
			};
			this.step = 'done';
		} catch (error) {
			this.loadError = readableError(error).message;
			this.step = 'report';
		}
	}

	/** Drops the file; nothing was loaded. */
	cancel(): void {
		this.#reset('');
	}

	async #parse(name: string, bytes: Uint8Array): Promise<void> {
		const { readGrid } = await import('../ingest/readers');
		this.#bytes = bytes;
		this.read = await readGrid(name, bytes);
		this.#propose();
	}

	#propose(table?: string): void {
		this.proposal = propose(this.read!, table);
		this.mapping = this.proposal.mapping;
		this.validation = null;
		this.step = 'mapping';
	}

	async #guard(work: () => Promise<void>, stayOnError = false): Promise<void> {
		this.fileError = null;
		try {
			await work();
		} catch (error) {
			if (!(error instanceof IngestError)) throw error;
			this.fileError = { code: error.code, params: error.params };
			if (!stayOnError) this.step = 'idle';
		}
	}

	#reset(name: string): void {
		this.fileName = name;
		this.read = this.proposal = this.mapping = this.validation = this.done = null;
		this.fileError = null;
		this.loadError = null;
		this.#bytes = null;
		this.step = 'idle';
	}
}
