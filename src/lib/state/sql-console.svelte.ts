/**
 * The SQL console's state: the text, run / cancel, the error in place, the result (Arrow, shown in
 * the virtual table) and a history kept in this browser (localStorage, newest first, 30 entries).
 */
import { readableError } from '../db/errors';
import { ArrowRowSource } from './row-source';
import { getEngine } from './engine-context';
import type { DataEngine } from './engine.svelte';

const HISTORY_KEY = 'pilot-atlas:sql-history';
const HISTORY_SIZE = 30;

export interface ConsoleResult {
	readonly source: ArrowRowSource;
	readonly ipc: Uint8Array;
	readonly sql: string;
	readonly ms: number;
}

export class SqlConsole {
	text = $state('');
	/** True when the text came from a shared link and has not been run or edited. */
	fromLink = $state(false);
	running = $state(false);
	error = $state<string | null>(null);
	result = $state.raw<ConsoleResult | null>(null);
	history = $state.raw<readonly string[]>(readHistory());

	readonly #engine: DataEngine;

	/** Build it while a component initialises: it keeps the page's engine. */
	constructor(initial: string) {
		this.#engine = getEngine();
		this.text = initial;
		this.fromLink = initial !== '';
	}

	edit(text: string): void {
		this.text = text;
		this.fromLink = false;
	}

	/** Runs the text: only ever called from the Run button or Ctrl+Enter. */
	async run(): Promise<void> {
		const sql = this.text;
		if (this.running || sql.trim() === '') return;
		this.running = true;
		this.error = null;
		this.fromLink = false;
		try {
			const workbench = await this.#engine.workbench();
			const started = performance.now();
			const ipc = await workbench.runScript(sql);
			this.result = {
				source: ArrowRowSource.fromIpc(ipc),
				ipc,
				sql,
				ms: Math.round(performance.now() - started)
			};
			this.#remember(sql);
		} catch (error) {
			this.error = readableError(error).message;
		} finally {
			this.running = false;
		}
	}

	async cancel(): Promise<void> {
		await (await this.#engine.workbench()).cancelScript();
	}

	#remember(sql: string): void {
		this.history = [sql, ...this.history.filter((h) => h !== sql)].slice(0, HISTORY_SIZE);
		try {
			localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
		} catch {
			// private mode: the history lives as long as the tab
		}
	}
}

function readHistory(): string[] {
	try {
		const raw = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
		return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
	} catch {
		return [];
	}
}
