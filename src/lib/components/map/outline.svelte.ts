/**
 * The base map, fetched once per page from our own origin (generated at build time by
 * scripts/generate-geo.ts) and decoded from TopoJSON.
 */
import { base } from '$app/paths';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';

let shared: Promise<FeatureCollection> | null = null;

/** The decoded outline; a failed fetch is not cached, so the next page can try again. */
export function loadOutline(): Promise<FeatureCollection> {
	shared ??= fetch(`${base}/data/geo/china-outline.json`)
		.then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<Topology>;
		})
		.then((topo) => feature(topo, topo.objects.land!) as FeatureCollection);
	shared.catch(() => (shared = null));
	return shared;
}

export class OutlineState {
	land = $state.raw<FeatureCollection | null>(null);
	error = $state<string | null>(null);

	constructor() {
		$effect(() => {
			loadOutline().then(
				(land) => (this.land = land),
				(e: unknown) => (this.error = e instanceof Error ? e.message : String(e))
			);
		});
	}
}
