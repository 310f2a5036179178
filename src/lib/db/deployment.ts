/**
 * Which engine this deployment uses, read from the data manifest the site is served with: the
 * bundled Arrow files mean the in-browser engine; a manifest that names a server (the one
 * `npm run serve` hands out) means the views are answered there. The manifest is the one file
 * every start reads anyway, so choosing costs no extra request.
 */
import { DataError } from './errors';
import { fetchManifest } from './load';
import type { EngineProvider } from './provider';
import { ServerProvider } from './server-provider';
import { WasmProvider, type WasmOptions } from './wasm-provider.svelte';

export interface DeploymentOptions {
	/** Where `manifest.json` is served (the site's `/data`). */
	readonly dataUrl: string;
	/** The site's base path, against which a server's API path is resolved. */
	readonly basePath: string;
	readonly watchdog?: WasmOptions['watchdog'];
}

/** The provider the deployment's manifest names. */
export async function deploymentProvider(options: DeploymentOptions): Promise<EngineProvider> {
	const manifest = await fetchManifest(options.dataUrl);
	if (manifest.server) {
		const api = manifest.server.api.replace(/^\/+/, '');
		if (!/^[\w./-]+$/.test(api) || api.includes('..')) {
			throw new DataError('The data manifest names a server API path that is not allowed.');
		}
		return new ServerProvider({
			dataUrl: options.dataUrl,
			apiUrl: `${options.basePath}/${api}`,
			manifest
		});
	}
	if (manifest.format !== 'arrow-ipc-stream') {
		throw new DataError('The data manifest names Parquet files but no server to read them.');
	}
	return new WasmProvider({ ...options, manifest });
}
