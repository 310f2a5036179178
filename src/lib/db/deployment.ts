/**
 * Which engine this deployment uses, read from the data manifest the site is served with: the
 * bundled Arrow files mean the in-browser engine. The manifest is the one file every start reads
 * anyway, so choosing costs no extra request.
 */
import { fetchManifest } from './load';
import type { EngineProvider } from './provider';
import { WasmProvider, type WasmOptions } from './wasm-provider.svelte';

export interface DeploymentOptions {
	/** Where `manifest.json` is served (the site's `/data`). */
	readonly dataUrl: string;
	readonly watchdog?: WasmOptions['watchdog'];
}

/** The provider the deployment's manifest names. */
export async function deploymentProvider(options: DeploymentOptions): Promise<EngineProvider> {
	const manifest = await fetchManifest(options.dataUrl);
	return new WasmProvider({ ...options, manifest });
}
