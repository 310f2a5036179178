/**
 * Whether the built site's prerendered pages may be served over this server's data. Those pages
 * carry figures computed at build time from the bundled sample (seeds, and the charts drawn from
 * them) until the live answers arrive. That is right only when the server's data is the same
 * model: the sample (at any scale; its batches sum back to the bundled cells exactly) from the
 * same generator and seed. Over any other data a page would show the sample's numbers under the
 * server's name, so the server sends the app's shell (`404.html`, client-rendered, no figures).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataManifest } from '../src/lib/schema';

type Identity = Pick<DataManifest, 'sample' | 'generator' | 'seed'>;

/** True when pages built from `built` show figures that are also `served`'s. */
export function prerenderedFits(served: Identity, built: Identity | null): boolean {
	return (
		built !== null &&
		served.sample !== false &&
		built.sample !== false &&
		served.generator === built.generator &&
		served.seed === built.seed
	);
}

/** The manifest the site was built with (`build/data/manifest.json`), or null. */
export function builtManifest(buildDir: string): Identity | null {
	const path = join(buildDir, 'data', 'manifest.json');
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Identity;
	} catch {
		return null;
	}
}
