/**
 * Every bad input of the corpus fails with its own error; every good input is read, mapped and
 * converted to the contract's values.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BAD_INPUTS, HUGE_FILE_BYTES } from '../../fixtures/corpus';
import { ingestReference } from '../../helpers/ingest-reference';
import { IngestError } from '../../../src/lib/ingest/errors';
import { readGrid } from '../../../src/lib/ingest/readers';
import { check, propose } from '../../../src/lib/ingest/pipeline';
import { detectFormat } from '../../../src/lib/ingest/detect';

const reference = ingestReference();
const fixture = (dir: string, file: string) =>
	new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures', dir, file)));

async function run(dir: string, file: string) {
	const read = await readGrid(file, fixture(dir, file));
	const proposal = propose(read);
	return { read, proposal, validation: check(read, proposal, proposal.mapping, reference) };
}

describe('the bad-input corpus', () => {
	test('has at least 20 distinct inputs', () => {
		expect(new Set(BAD_INPUTS.map((b) => b.file)).size).toBeGreaterThanOrEqual(20);
	});

	for (const bad of BAD_INPUTS) {
		test(`${bad.file} → ${bad.code}`, async () => {
			if (bad.stage === 'file') {
				const error = await run('bad-inputs', bad.file).then(
					() => null,
					(e: unknown) => e
				);
				expect(error).toBeInstanceOf(IngestError);
				expect((error as IngestError).code).toBe(bad.code);
			} else {
				const { validation } = await run('bad-inputs', bad.file);
				expect(validation.problems.map((p) => [p.code, p.row])).toContainEqual([bad.code, bad.row]);
				expect(validation.badRows).toBeGreaterThan(0);
			}
		});
	}

	test('a 600 MB file is refused from its size, before a byte is read', () => {
		const error = (() => {
			try {
				detectFormat('huge.csv', HUGE_FILE_BYTES, new TextEncoder().encode('month,city'));
			} catch (e) {
				return e;
			}
		})();
		expect((error as IngestError).code).toBe('too-large');
		expect((error as IngestError).params).toMatchObject({ size: 600, limit: 400 });
	});
});

describe('good inputs', () => {
	const expected = {
		month: ['2021-01-01', '2021-02-01', '2021-03-01'],
		city_code: ['330100', '310000', '330200'],
		category: ['beauty', 'food', 'beauty'],
		channel: ['1210', '9610', '1210'],
		orders: [1000, 500, 2500],
		value_cny: [26000, 8000, 65000]
	};

	for (const file of ['imports-zh-utf8-bom.csv', 'imports-zh.tsv', 'imports-zh-gbk.csv']) {
		test(`${file}: title row skipped, Chinese headers, 万元, months in three forms`, async () => {
			const { read, proposal, validation } = await run('good-inputs', file);
			expect(read.encoding).toBe(
				file.includes('gbk') ? 'gb18030' : file.endsWith('.tsv') ? 'utf-8' : 'utf-8-bom'
			);
			expect(read.delimiter).toBe(file.endsWith('.tsv') ? '\t' : ',');
			expect(proposal.spec.name).toBe('imports');
			expect(proposal.header.index).toBe(2);
			expect(proposal.header.titles).toEqual(['2021年跨境电商零售进口统计（样例）']);
			expect(proposal.mapping.value_cny).toMatchObject({ source: 5, factor: 1e4 });
			expect(validation.problems).toEqual([]);
			expect(validation.noteRows).toBe(1);
			expect(validation.columns).toEqual(expected);
			expect(validation.sums).toEqual({ orders: 4000, value_cny: 99000 });
		});
	}

	test('a violations file is recognised as the violations table', async () => {
		const { proposal, validation } = await run('good-inputs', 'violations-en.csv');
		expect(proposal.spec.name).toBe('violations');
		expect(validation.goodRows).toBe(2);
		expect(validation.sums.cases).toBe(4);
	});

	test('skipping bad rows keeps the good ones', async () => {
		const { validation } = await run('bad-inputs', 'unknown-city.csv');
		expect(validation.goodRows).toBe(1);
		expect(validation.problems[0]).toMatchObject({ column: 'city_code', value: '999999' });
	});

	test('the GBK file is read as GB18030: the unknown city shows in Chinese', async () => {
		const { validation } = await run('bad-inputs', 'gbk-no-bom-unknown-city.csv');
		expect(validation.problems[0]).toMatchObject({ code: 'unknown-code', value: '火星市' });
	});
});
