/**
 * Which data is active: the bundled sample, or files the analyst loaded this session (which table,
 * file name, SHA-256, rows, replace or add). Named on screen and written into every export.
 */
import { TABLES } from '../schema';
import type { DataVersion, UploadedFile } from '../export/provenance';
import { createContext } from 'svelte';
import type { DataEngine } from './engine.svelte';
import { clearQueryCache } from './query.svelte';

export class ActiveDataset {
	readonly engine: DataEngine;
	uploads = $state.raw<readonly UploadedFile[]>([]);

	/** True while any modelled table holds sample rows (a server's manifest may say it has none). */
	readonly sampleInUse: boolean;

	constructor(engine: DataEngine) {
		this.engine = engine;
		this.sampleInUse = $derived(
			this.engine.manifest?.sample !== false &&
				TABLES.some((t) => t.kind === 'modelled' && !this.ownOnly(t.name))
		);
	}

	/** Tables the analyst replaced (they hold no sample rows any more). */
	readonly replaced = $derived(
		new Set(this.uploads.filter((u) => u.mode === 'replace').map((u) => u.table))
	);

	/** The label of data that is not the sample: the analyst's upload, or a server's own data. */
	get ownDataKey(): 'chart.ownData' | 'chart.serverData' {
		return this.uploads.length === 0 && this.engine.manifest?.sample === false
			? 'chart.serverData'
			: 'chart.ownData';
	}

	/** True when the table holds only the analyst's rows (the last replace and any adds after). */
	ownOnly(table: string): boolean {
		return this.replaced.has(table);
	}

	/** Records a successful load and tells every view the data changed. */
	record(upload: UploadedFile): void {
		const kept =
			upload.mode === 'replace'
				? this.uploads.filter((u) => u.table !== upload.table)
				: this.uploads;
		this.uploads = [...kept, upload];
		clearQueryCache();
		this.engine.generation += 1;
	}

	/** What exports write as their data version. */
	version(): DataVersion {
		return {
			sampleVersion: this.engine.manifest?.version ?? 'unknown',
			uploads: this.uploads,
			sampleInUse: this.sampleInUse
		};
	}
}

const [getDataset, setDataset] = createContext<ActiveDataset>();

/** The page's active dataset (one per engine), from context: call it while a component initialises. */
export function activeDataset(): ActiveDataset {
	return getDataset();
}

export { setDataset };

/** SHA-256 of bytes as hex (Web Crypto: browsers and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
