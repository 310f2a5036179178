import { describe, expect, test } from 'vitest';
import { checkMemory, parseMemorySetting, WASM32_LIMIT_BYTES } from '../../../src/lib/db/memory';

describe('memory check before a load', () => {
	test('reads DuckDB memory_limit text', () => {
		expect(parseMemorySetting('3.1 GiB')).toBeCloseTo(3.1 * 1024 ** 3);
		expect(parseMemorySetting('953.6 MiB')).toBeCloseTo(953.6 * 1024 ** 2);
		expect(parseMemorySetting('500 MB')).toBe(5e8);
		expect(parseMemorySetting('unlimited')).toBeNull();
	});

	test('a load needs three times its bytes and is compared with the lower limit', () => {
		expect(checkMemory(100e6, 1e9)).toEqual({ neededBytes: 300e6, limitBytes: 1e9, fits: true });
		expect(checkMemory(400e6, 1e9).fits).toBe(false);
		// DuckDB may report more than wasm32 can address: the 4 GiB ceiling wins.
		expect(checkMemory(1e9, 16 * 1024 ** 3).limitBytes).toBe(WASM32_LIMIT_BYTES);
		expect(checkMemory(1e9, null)).toMatchObject({ limitBytes: WASM32_LIMIT_BYTES, fits: true });
		expect(checkMemory(2e9, null).fits).toBe(false);
	});
});
