/**
 * The upload as the analyst walks it: read the file (in the ingest worker, with progress and a
 * stop button) → pick the sheet → confirm the mapping (units and fixed breakdowns, with an example
 * row converted) → see the check (problems by file line, the grain, magnitude warnings) → skip bad
 * rows, fix the mapping or cancel → replace or add. Any failure leaves the loaded data as it was
 * (the engine swaps tables only after every check passed).
 */
import { readableError } from '../db/errors';
import { IngestError, type ErrorParams, type FileErrorCode } from '../ingest/errors';
import { BUNDLED_NATIONAL_SCALE, BUNDLED_REFERENCE } from '../ingest/bundled-reference';
import type { ColumnMapping, Mapping } from '../ingest/mapping';
import { previewRow, propose, type Proposal, type ReadSummary } from '../ingest/pipeline';
import type { CheckSummary } from '../ingest/ingest-protocol';
import { IngestCancelled, IngestClient } from '../ingest/ingest-client';
import { detectFormat } from '../ingest/detect';
import type { LoadMode } from '../db/staging';
import type { Grain } from '../model/grain';
import { uploadTotalsQuery } from '../queries/workbench';
import { activeDataset, type ActiveDataset } from './dataset.svelte';
import { getEngine } from './engine-context';
import type { DataEngine } from './engine.svelte';

export type UploadStep = 'idle' | 'reading' | 'mapping' | 'report' | 'loading' | 'done';

export interface UploadDone {
	readonly table: string;
	readonly file: string;
	readonly rows: number;
	readonly total: number;
	readonly sums: Readonly<Record<string, number>>;
	readonly grain: Grain;
}

export class UploadFlow {
	step = $state<UploadStep>('idle');
	fileName = $state('');
	read = $state.raw<ReadSummary | null>(null);
	proposal = $state.raw<Proposal | null>(null);
	mapping = $state.raw<Mapping | null>(null);
	validation = $state.raw<CheckSummary | null>(null);
	/** Reading progress, 0–1 (workbooks: of the sheet's compressed bytes). */
	progress = $state(0);
	/** A file-level problem (code + params), shown in place of the step. */
	fileError = $state.raw<{ code: FileErrorCode; params: ErrorParams } | null>(null);
	/** The engine refused the load; nothing changed. */
	loadError = $state<string | null>(null);
	mode = $state<LoadMode>('replace');
	done = $state.raw<UploadDone | null>(null);

	#file: Blob | null = null;
	#sha256 = '';
	#client: IngestClient | null = null;
	readonly #engine: DataEngine;
	readonly #dataset: ActiveDataset;

	/** Build it while a component initialises: it keeps the page's engine and dataset. */
	constructor() {
		this.#engine = getEngine();
		this.#dataset = activeDataset();
	}

	/** The first rows under the header, for the mapping screen's samples. */
	readonly sampleRows = $derived.by(() => {
		const { read, proposal } = this;
		if (!read || !proposal) return [];
		return read.head.slice(proposal.header.index + 1, proposal.header.index + 4);
	});

	/** The first data row as it will load under the current mapping. */
	readonly preview = $derived.by(() => {
		const { read, proposal, mapping } = this;
		if (!read || !proposal || !mapping) return null;
		return previewRow(read.head, proposal, mapping, BUNDLED_REFERENCE);
	});

	/** Reads a dropped or picked file; the size is checked before a byte is read. */
	open(file: Blob & { name: string }): Promise<void> {
		return this.#open(file, file.name);
	}

	async #open(file: Blob, name: string, sheet?: string): Promise<void> {
		this.#reset(name);
		this.step = 'reading';
		await this.#guard(async () => {
			detectFormat(name, file.size, new Uint8Array(await file.slice(0, 16).arrayBuffer()));
			await this.#parse(name, file, sheet);
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
			await this.#parse(name, blob);
		});
	}

	/** Reads another sheet of the same workbook. */
	async chooseSheet(sheet: string): Promise<void> {
		const file = this.#file;
		if (!file) return;
		await this.#open(file, this.fileName, sheet);
	}

	/** Stops reading or checking: the worker ends, the file is dropped, nothing was loaded. */
	stop(): void {
		this.#reset('');
	}

	/** Points the file at another table; the mapping is proposed again. */
	chooseTable(name: string): void {
		if (!this.read) return;
		void this.#guard(async () => this.#propose(name));
	}

	setColumn(column: string, change: Partial<ColumnMapping>): void {
		if (!this.mapping) return;
		const next: ColumnMapping = { ...this.mapping[column]!, ...change };
		const { fixed: _fixed, ...rest } = next;
		void _fixed;
		const out = change.source !== undefined && change.source !== null ? rest : next;
		this.mapping = {
			...this.mapping,
			[column]: 'factor' in change ? { ...out, unitSource: 'analyst' } : out
		};
	}

	/** A breakdown the file lacks, set to one value for every row (a code, 'all' or 'unknown'). */
	setFixed(column: string, value: string): void {
		if (!this.mapping) return;
		this.mapping = { ...this.mapping, [column]: { source: null, factor: 1, fixed: value } };
	}

	/** The checked rows' grain and the loaded table's, when the rows may not be added to it. */
	get addRefused(): { loaded: Grain; file: Grain } | null {
		const table = this.proposal?.spec.name;
		const grain = this.validation?.grain;
		if (!grain || (table !== 'imports' && table !== 'violations')) return null;
		const dataset = this.#dataset;
		return dataset.canAdd(table, grain) ? null : { loaded: dataset.grain(table), file: grain };
	}

	/** Checks every row under the confirmed mapping (in the worker). */
	checkRows(): void {
		const { proposal, mapping } = this;
		if (!this.#client || !proposal || !mapping) return;
		const client = this.#client;
		void this.#guard(async () => {
			this.validation = await client.check({
				proposal,
				mapping,
				reference: BUNDLED_REFERENCE,
				national: BUNDLED_NATIONAL_SCALE
			});
			if (this.addRefused) this.mode = 'replace';
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
		if (!proposal || !validation || validation.goodRows === 0 || !this.#client) return;
		if (this.mode === 'add' && this.addRefused) return;
		this.step = 'loading';
		this.loadError = null;
		try {
			const ipc = await this.#client.arrow();
			const workbench = await this.#engine.workbench();
			const total = await workbench.loadTable(proposal.spec, ipc, this.mode);
			const connector = await this.#engine.ready();
			const [sums] = await connector.query<Record<string, number>>(
				uploadTotalsQuery(proposal.spec)
			);
			this.#dataset.record(
				{
					table: proposal.spec.name,
					file: this.fileName,
					sha256: this.#sha256,
					rows: validation.goodRows,
					mode: this.mode
				},
				validation.grain
			);
			this.done = {
				table: proposal.spec.name,
				file: this.fileName,
				rows: validation.goodRows,
				total,
				sums: sums ?? {},
				grain: validation.grain
			};
			this.#endClient();
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

	async #parse(name: string, file: Blob, sheet?: string): Promise<void> {
		this.#file = file;
		this.#client = new IngestClient((done, total) => {
			this.progress = total > 0 ? done / total : 0;
		});
		const { summary, sha256 } = await this.#client.read(file, name, sheet);
		this.#sha256 = sha256;
		this.read = summary;
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
			if (error instanceof IngestCancelled) return;
			if (!(error instanceof IngestError)) throw error;
			this.fileError = { code: error.code, params: error.params };
			if (!stayOnError) {
				this.#endClient();
				this.step = 'idle';
			}
		}
	}

	#endClient(): void {
		this.#client?.cancel();
		this.#client = null;
	}

	#reset(name: string): void {
		this.#endClient();
		this.fileName = name;
		this.read = this.proposal = this.mapping = this.validation = this.done = null;
		this.fileError = null;
		this.loadError = null;
		this.progress = 0;
		this.#file = null;
		this.#sha256 = '';
		this.step = 'idle';
	}
}
