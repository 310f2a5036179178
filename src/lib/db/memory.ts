/**
 * Will a load fit in the engine? duckdb-wasm is a 32-bit WebAssembly module: its memory can never
 * exceed 4 GiB, and DuckDB's own `memory_limit` may be lower. Loading an Arrow IPC file holds the
 * downloaded bytes, the worker's copy and the table at once, so a load needs about three times the
 * file size (an estimate; measured peaks on the bundled data were 2–3×).
 */

/** The WebAssembly (wasm32) ceiling: 4 GiB. */
export const WASM32_LIMIT_BYTES = 4 * 1024 ** 3;
/** Engine memory per byte of Arrow IPC loaded (download + worker copy + table). */
export const LOAD_FACTOR = 3;

export interface MemoryCheck {
	/** Estimated peak engine memory for the load. */
	readonly neededBytes: number;
	/** The limit it is compared with. */
	readonly limitBytes: number;
	readonly fits: boolean;
}

/** Compares a load of `fileBytes` with the engine's limit (the lower of DuckDB's and wasm32's). */
export function checkMemory(fileBytes: number, engineLimitBytes: number | null): MemoryCheck {
	const limitBytes = Math.min(WASM32_LIMIT_BYTES, engineLimitBytes ?? WASM32_LIMIT_BYTES);
	const neededBytes = Math.max(0, fileBytes) * LOAD_FACTOR;
	return { neededBytes, limitBytes, fits: neededBytes <= limitBytes };
}

const UNITS: Record<string, number> = {
	B: 1,
	BYTES: 1,
	KB: 1e3,
	KIB: 1024,
	MB: 1e6,
	MIB: 1024 ** 2,
	GB: 1e9,
	GIB: 1024 ** 3,
	TB: 1e12,
	TIB: 1024 ** 4
};

/** Parses DuckDB's `current_setting('memory_limit')` text ('3.1 GiB', '953.6 MiB'); null if unreadable. */
export function parseMemorySetting(text: string): number | null {
	const match = /^\s*([\d.]+)\s*([a-z]+)\s*$/i.exec(text);
	if (!match) return null;
	const unit = UNITS[match[2]!.toUpperCase()];
	const value = Number(match[1]);
	return unit && Number.isFinite(value) ? value * unit : null;
}
