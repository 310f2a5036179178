import { statSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The engine's size before compression: the progress bar counts its bytes as the browser decodes
// them, whatever encoding the host sends (Content-Length is the compressed size).
const ENGINE_WASM_BYTES = statSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm').size;

export default defineConfig({
	plugins: [sveltekit()],
	define: { __ENGINE_WASM_BYTES__: JSON.stringify(ENGINE_WASM_BYTES) },
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
