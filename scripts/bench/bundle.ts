/**
 * JavaScript shipped: every .js file of the production build, gzipped (level 9, as a static host
 * would precompress), split into the engine (duckdb-wasm's client library and worker) and the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './site';

export interface BundleSize {
	readonly appGzip: number;
	readonly appRaw: number;
	readonly engineJsGzip: number;
	readonly wasmGzip: number;
	readonly files: number;
}

// duckdb-wasm's client library (with the apache-arrow it bundles) and its worker are the engine;
// everything else, our db layer included, is the app.
const ENGINE = /WebAssembly\.validate|getFeatureFlags|DUCKDB_RUNTIME/;

/** True for duckdb-wasm's own JavaScript (client library or worker). */
export function isEngineJs(file: string, bytes: Buffer): boolean {
	return file.includes('duckdb') || ENGINE.test(bytes.toString('latin1'));
}

/** Gzipped bytes of the build's JavaScript, app and engine apart. */
export function bundleSize(buildDir: string): BundleSize {
	let appGzip = 0;
	let appRaw = 0;
	let engineJsGzip = 0;
	let wasmGzip = 0;
	let files = 0;
	for (const file of listFiles(buildDir)) {
		if (file.startsWith('__bench') || /\.(br|gz)$/.test(file)) continue;
		const bytes = readFileSync(join(buildDir, file));
		if (file.endsWith('.wasm')) wasmGzip += gzipSync(bytes, { level: 9 }).length;
		if (!file.endsWith('.js')) continue;
		const gz = gzipSync(bytes, { level: 9 }).length;
		if (isEngineJs(file, bytes)) engineJsGzip += gz;
		else {
			appGzip += gz;
			appRaw += bytes.length;
			files++;
		}
	}
	return { appGzip, appRaw, engineJsGzip, wasmGzip, files };
}
