// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Bytes of duckdb-wasm's engine file, uncompressed (vite.config.ts). */
	const __ENGINE_WASM_BYTES__: number;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
