/** The bundled tile layout (parsed once, available before the data engine starts). */
import tilesCsv from '../../../data/reference/province_tiles.csv?raw';
import { parseProvinceTiles } from './province-tiles';

export const PROVINCE_TILES = parseProvinceTiles(tilesCsv);
