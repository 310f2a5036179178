/**
 * Which data is active, table by table: the bundled sample, or files the analyst loaded this
 * session (which table, file name, SHA-256, rows, replace or add), and the grain each fact table
 * is at. Named on screen, asked by every view ("can I answer at this grain?") and written into
 * every export, per table.
 */
import { IMPORTS, TABLES, VIOLATIONS } from '../schema';
import type { DataVersion, TableProvenance, UploadedFile } from '../export/provenance';
import { finestGrain, grainWords, sameGrain, type Grain } from '../model/grain';
import type { Filters } from '../model/filters';
import {
	canAnswer,
	type FactTable,
	type GrainVerdict,
	type TableSource,
	type ViewId
} from '../model/view-grain';
import { createContext } from 'svelte';
import type { DataEngine } from './engine.svelte';
import { clearQueryCache } from './query.svelte';

const MODELLED = TABLES.filter((t) => t.kind === 'modelled').map((t) => t.name);
const SAMPLE_GRAINS: Readonly<Record<FactTable, Grain>> = {
	imports: finestGrain(IMPORTS),
	violations: finestGrain(VIOLATIONS)
};

export class ActiveDataset {
	readonly engine: DataEngine;
	uploads = $state.raw<readonly UploadedFile[]>([]);
	grains = $state.raw<Readonly<Record<FactTable, Grain>>>(SAMPLE_GRAINS);

	/** True while any modelled table holds sample rows (a server's manifest may say it has none). */
	readonly sampleInUse: boolean;

	constructor(engine: DataEngine) {
		this.engine = engine;
		this.sampleInUse = $derived(MODELLED.some((t) => !this.ownOnly(t)));
	}

	/** A server whose manifest says its data is not the sample: no table holds sample rows. */
	get serverOwnData(): boolean {
		return this.engine.manifest?.sample === false;
	}

	/** Tables the analyst replaced (they hold no sample rows any more). */
	readonly replaced = $derived(
		new Set(this.uploads.filter((u) => u.mode === 'replace').map((u) => u.table))
	);

	/** The label of data that is not the sample: the analyst's upload, or a server's own data. */
	get ownDataKey(): 'chart.ownData' | 'chart.serverData' {
		return this.uploads.length === 0 && this.serverOwnData ? 'chart.serverData' : 'chart.ownData';
	}

	/** True when the table holds only the analyst's rows (the last replace and any adds after). */
	ownOnly(table: string): boolean {
		return this.serverOwnData || this.replaced.has(table);
	}

	/** Where a table's rows come from now. */
	source(table: string): TableSource {
		if (this.ownOnly(table)) return 'yours';
		return this.uploads.some((u) => u.table === table) ? 'mixed' : 'sample';
	}

	/** The grain a fact table is at now. */
	grain(table: FactTable): Grain {
		return this.grains[table];
	}

	/** True when rows at `grain` may be added to `table` (same grain: never summed across grains). */
	canAdd(table: FactTable, grain: Grain): boolean {
		return sameGrain(this.grains[table], grain);
	}

	/** Whether a view can answer at the loaded grains under the filters, and why not. */
	verdict(view: ViewId, filters: Filters): GrainVerdict {
		return canAnswer(view, {
			grains: this.grains,
			sources: { imports: this.source('imports'), violations: this.source('violations') },
			filters
		});
	}

	/** Records a successful load and tells every view the data changed. */
	record(upload: UploadedFile, grain: Grain): void {
		const kept =
			upload.mode === 'replace'
				? this.uploads.filter((u) => u.table !== upload.table)
				: this.uploads;
		this.uploads = [...kept, upload];
		if (upload.table === 'imports' || upload.table === 'violations') {
			this.grains = { ...this.grains, [upload.table]: grain };
		}
		clearQueryCache(this.engine);
		this.engine.generation += 1;
	}

	/** Each modelled table's source, grain and files, for provenance. */
	tables(): TableProvenance[] {
		return MODELLED.map((table) => ({
			table,
			source: this.source(table),
			grain: grainWords(this.grains[table as FactTable]),
			files: this.uploads.filter((u) => u.table === table)
		}));
	}

	/** What exports write as their data version. */
	version(): DataVersion {
		return {
			sampleVersion: this.engine.manifest?.version ?? 'unknown',
			uploads: this.uploads,
			sampleInUse: this.sampleInUse,
			tables: this.tables()
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
