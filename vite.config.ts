import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	server: { fs: { allow: ['node_modules/@duckdb/duckdb-wasm/dist'] } },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	// The ingest and export workers load parts of themselves on demand (XLSX, Parquet).
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks',
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]]
	}
});
