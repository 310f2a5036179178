/**
 * The data version an export names. A prerendered page draws its charts from answers embedded at
 * build time, before the engine has read the data's manifest; an export made then would say
 * "version not yet loaded". Those answers come from the bundled sample, so its manifest (a small
 * same-origin file, no query) says which version they are.
 */
import type { DataVersion } from '../../export/provenance';

export async function exportDataVersion(
	current: DataVersion,
	dataUrl: string
): Promise<DataVersion> {
	if (current.sampleVersion !== 'unknown' || current.uploads.length > 0) return current;
	try {
		const response = await fetch(`${dataUrl}/manifest.json`);
		const manifest: unknown = response.ok ? await response.json() : null;
		const version = (manifest as { version?: unknown } | null)?.version;
		return typeof version === 'string' ? { ...current, sampleVersion: version } : current;
	} catch {
		return current;
	}
}
