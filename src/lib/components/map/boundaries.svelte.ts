/**
 * The analyst's own boundary file: read in the browser, never uploaded. A refused file leaves
 * whatever was loaded before in place and says why it was refused.
 */
import { BoundaryFileError, MAX_BOUNDARY_BYTES, readBoundaryText } from '../../geo/boundary-file';
import { matchBoundaries, type BoundaryMatch } from '../../geo/boundary-codes';
import { PROVINCE_TILES } from '../../geo/tiles-data';
import { REFERENCE_CITIES } from '../../reference/cities';
import { formatBytes } from '../../format/bytes';

export interface LoadedBoundaries {
	name: string;
	format: 'GeoJSON' | 'TopoJSON';
	match: BoundaryMatch;
}

const REFERENCE = {
	provinces: PROVINCE_TILES.map((t) => t.code),
	cities: REFERENCE_CITIES.map((c) => c.code)
};

export class BoundaryState {
	loaded = $state.raw<LoadedBoundaries | null>(null);
	refused = $state.raw<{ name: string; error: string } | null>(null);
	reading = $state<string | null>(null);

	/** Reads, checks and matches a file; on any problem keeps the previous boundaries. */
	async load(file: File, tooLarge: (size: string) => string): Promise<void> {
		this.reading = file.name;
		this.refused = null;
		try {
			if (file.size > MAX_BOUNDARY_BYTES)
				throw new BoundaryFileError(tooLarge(formatBytes(MAX_BOUNDARY_BYTES)));
			const { format, features } = readBoundaryText(await file.text());
			this.loaded = { name: file.name, format, match: matchBoundaries(features, REFERENCE) };
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.refused = { name: file.name, error: message };
		} finally {
			this.reading = null;
		}
	}

	clear(): void {
		this.loaded = null;
		this.refused = null;
	}
}
