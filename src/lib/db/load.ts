/**
 * Loads the dataset named by a manifest into the engine: one Arrow IPC stream per table, fetched
 * from our own origin with byte-level progress.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { TABLE_NAMES, type DataManifest } from '../schema';
import { DataError } from './errors';
import { quoteIdent } from './identifiers';
import { loadBatches } from './batches';
import { factTablesSql } from './derived';

export interface LoadProgress {
	readonly loadedBytes: number;
	readonly totalBytes: number;
	readonly table: string | null;
}

/** Fetches and checks the manifest at `${baseUrl}/manifest.json`. */
export async function fetchManifest(baseUrl: string): Promise<DataManifest> {
	const response = await fetch(`${baseUrl}/manifest.json`);
	if (!response.ok)
		throw new DataError(`The data manifest could not be loaded (${response.status}).`);
	const manifest = (await response.json()) as DataManifest;
	const known = manifest.format === 'arrow-ipc-stream' || manifest.format === 'parquet';
	if (!known || !Array.isArray(manifest.tables)) {
		throw new DataError('The data manifest is not in the expected format.');
	}
	return manifest;
}

/** Downloads every table of the manifest and creates it in the engine, replacing any old copy. */
export async function loadTables(
	conn: AsyncDuckDBConnection,
	manifest: DataManifest,
	baseUrl: string,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<void> {
	const totalBytes = manifest.tables.reduce((s, t) => s + t.bytes, 0);
	let loadedBytes = 0;
	const report = (table: string | null) => onProgress({ loadedBytes, totalBytes, table });
	report(null);
	const downloads = manifest.tables.map(async (entry) => {
		if (!TABLE_NAMES.includes(entry.name)) throw new DataError(`Unknown table ${entry.name}.`);
		const bytes = await fetchBytes(`${baseUrl}/${entry.file}`, (delta) => {
			loadedBytes += delta;
			report(entry.name);
		});
		return { name: entry.name, bytes, grain: entry.grain };
	});
	for (const { name, bytes, grain } of await Promise.all(downloads)) {
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
		if (grain === 'batch') await loadBatches(conn, name, bytes);
		else await conn.insertArrowFromIPCStream(bytes, { name, create: true });
	}
	for (const statement of factTablesSql()) await conn.query(statement);
	report(null);
}

async function fetchBytes(url: string, onChunk: (bytes: number) => void): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok || !response.body) {
		throw new DataError(`A data file could not be downloaded: ${url} (${response.status}).`);
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.byteLength;
		onChunk(value.byteLength);
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
