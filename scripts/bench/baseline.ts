/**
 * Builds the baseline page (scripts/bench/baseline) into `<build>/__bench/`: the app's engine
 * start-up and data load with no UI, served by the same preview server from the same data.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

/** Builds the baseline page into `outDir` (served at `/__bench/`). */
export async function buildBaseline(outDir: string): Promise<void> {
	await build({
		configFile: false,
		root: resolve('scripts/bench/baseline'),
		base: '/__bench/',
		publicDir: false,
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, target: 'es2022' },
		worker: { format: 'es' }
	});
}
