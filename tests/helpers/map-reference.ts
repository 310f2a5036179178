/** Reference codes for map tests, read from the same CSVs the app bundles. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseProvinceTiles } from '../../src/lib/geo/province-tiles';
import { referenceCsv } from './reference';

export const PROVINCE_TILES = parseProvinceTiles(
	readFileSync(resolve(import.meta.dirname, '../../data/reference/province_tiles.csv'), 'utf8')
);
export const PROVINCE_CODES = PROVINCE_TILES.map((t) => t.code);
export const REFERENCE_CITY_CODES = referenceCsv('cities').map((c) => c.admin_code || 'x-xiongan');
