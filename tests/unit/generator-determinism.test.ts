import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDataset, type GeneratedDataset } from '../../scripts/generate/dataset';
import { readReferenceFiles } from '../../scripts/generate/reference-files';

describe('generateDataset is deterministic', () => {
	let a: GeneratedDataset;
	let b: GeneratedDataset;
	let other: GeneratedDataset;
	beforeAll(() => {
		const reference = readReferenceFiles();
		a = generateDataset({ reference });
		b = generateDataset({ reference });
		other = generateDataset({ reference, seed: 'another seed' });
	});

	test('the same seed gives byte-identical files and the same version', () => {
		expect(b.manifest).toEqual(a.manifest);
		expect([...b.files.keys()]).toEqual([...a.files.keys()]);
		for (const [file, bytes] of a.files) {
			expect(Buffer.from(b.files.get(file)!).equals(Buffer.from(bytes)), file).toBe(true);
		}
	});

	test('another seed changes the modelled tables (and so the version), not the reference ones', () => {
		expect(other.manifest.version).not.toBe(a.manifest.version);
		expect(other.manifest.seed).toBe('another seed');
		for (const t of a.manifest.tables) {
			const o = other.manifest.tables.find((x) => x.name === t.name)!;
			if (t.name === 'imports' || t.name === 'violations')
				expect(o.sha256, t.name).not.toBe(t.sha256);
			else expect(o.sha256, t.name).toBe(t.sha256);
		}
	});

	test('the version is the first 16 hex digits of a SHA-256 over the file hashes', () => {
		const lines = a.manifest.tables.map((t) => `${t.file} ${t.sha256}\n`).join('');
		expect(a.manifest.version).toBe(createHash('sha256').update(lines).digest('hex').slice(0, 16));
	});
});
