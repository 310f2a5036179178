/**
 * Arrow → Parquet with parquet-wasm (the Rust `parquet` crate compiled to WebAssembly): the IPC
 * bytes go into the wasm module as they are, with no per-value JavaScript; Snappy compression,
 * which every Parquet reader (DuckDB, pandas/pyarrow, Spark, hyparquet) reads without extras; the
 * provenance as key-value metadata. The wasm file is one of our own build's assets, fetched from
 * our origin only when an analyst first exports Parquet.
 */
type ParquetWasm = typeof import('parquet-wasm/esm');

let module: Promise<ParquetWasm> | null = null;

/** Starts the wasm module: from bytes (Node, tests) or by default from the build's own asset. */
export function initParquetWasm(bytes?: Uint8Array): Promise<ParquetWasm> {
	module ??= (async () => {
		const wasm = await import('parquet-wasm/esm');
		if (bytes) wasm.initSync({ module: bytes });
		else {
			const { default: url } = await import('parquet-wasm/esm/parquet_wasm_bg.wasm?url');
			await wasm.default({ module_or_path: url });
		}
		return wasm;
	})();
	return module;
}

/** Writes Arrow IPC stream bytes as a Parquet file with `metadata` as key-value pairs. */
export async function writeParquetBytes(
	ipc: Uint8Array,
	metadata: readonly [string, string][]
): Promise<Uint8Array> {
	const wasm = await initParquetWasm();
	const properties = new wasm.WriterPropertiesBuilder()
		.setCompression(wasm.Compression.SNAPPY)
		.setKeyValueMetadata(new Map(metadata))
		.build();
	return wasm.writeParquet(wasm.Table.fromIPCStream(ipc), properties);
}
