/**
 * The sites the benchmark serves: a copy of the production build (so nothing in
 * `build/` changes) with the baseline page added and, for the large run, the 10M-row data; all of
 * it precompressed, as `npm run build` leaves the build.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBaseline } from './baseline';
import { precompressDir } from '../precompress';

/** Makes `dir` a copy of `build/` plus `/__bench/`, with `dataDir`'s files as `/data/` if given. */
export async function makeSite(dir: string, dataDir?: string): Promise<string> {
	const out = resolve(dir);
	if (!existsSync('build/index.html')) throw new Error('No build/: run `npm run build` first.');
	rmSync(out, { recursive: true, force: true });
	cpSync('build', out, { recursive: true, verbatimSymlinks: true });
	if (dataDir) {
		rmSync(join(out, 'data'), { recursive: true, force: true });
		cpSync(dataDir, join(out, 'data'), { recursive: true });
	}
	await buildBaseline(join(out, '__bench'));
	console.log(`  ${await precompressDir(out)}`); // the new data and the baseline page too
	return out;
}

/** File names under `dir`, recursively (relative paths). */
export function listFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]
	);
}
