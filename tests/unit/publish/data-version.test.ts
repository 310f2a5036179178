import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportDataVersion } from '../../../src/lib/charts/export/data-version';
import type { DataVersion } from '../../../src/lib/export/provenance';

const unknown: DataVersion = { sampleVersion: 'unknown', uploads: [], sampleInUse: true };
const manifest = (body: unknown, ok = true) =>
	vi.fn(async () => ({ ok, json: async () => body }) as Response);

afterEach(() => vi.unstubAllGlobals());

describe('the data version an export names', () => {
	test('before the engine read the manifest: the bundled manifest says it', async () => {
		const fetch = manifest({ version: '4a26f6a56d460426' });
		vi.stubGlobal('fetch', fetch);
		const got = await exportDataVersion(unknown, '/base/data');
		expect(got.sampleVersion).toBe('4a26f6a56d460426');
		expect(fetch).toHaveBeenCalledWith('/base/data/manifest.json');
	});

	test('once known, or with an upload, nothing is fetched', async () => {
		const fetch = manifest({ version: 'other' });
		vi.stubGlobal('fetch', fetch);
		const known = { ...unknown, sampleVersion: 'abc' };
		expect(await exportDataVersion(known, '/data')).toBe(known);
		const uploaded = { ...unknown, uploads: [{ sha256: 'f00' }] } as unknown as DataVersion;
		expect(await exportDataVersion(uploaded, '/data')).toBe(uploaded);
		expect(fetch).not.toHaveBeenCalled();
	});

	test('a missing or odd manifest leaves it unknown (the image says "not yet loaded")', async () => {
		vi.stubGlobal('fetch', manifest(null, false));
		expect((await exportDataVersion(unknown, '/data')).sampleVersion).toBe('unknown');
		vi.stubGlobal('fetch', manifest({ version: 42 }));
		expect((await exportDataVersion(unknown, '/data')).sampleVersion).toBe('unknown');
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => Promise.reject(new Error('offline')))
		);
		expect((await exportDataVersion(unknown, '/data')).sampleVersion).toBe('unknown');
	});
});
