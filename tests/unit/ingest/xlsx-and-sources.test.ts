/**
 * A spreadsheet as bureaus publish it (title rows, Chinese headers, 万元, numbers and dates as
 * cells) is read through read-excel-file; console results sort through a permutation.
 */
import { expect, test } from 'vitest';
import { createRequire } from 'node:module';
import writeXlsxFile from 'write-excel-file/universal';
import { ingestReference } from '../../helpers/ingest-reference';
import { readGrid } from '../../../src/lib/ingest/readers';
import { check, propose } from '../../../src/lib/ingest/pipeline';
import { ArrowRowSource } from '../../../src/lib/state/row-source';

test('an XLSX with a title row, Chinese headers and date cells', async () => {
	const blob = await writeXlsxFile(
		[
			['2021年跨境电商零售进口统计'],
			[],
			['月份', '城市', '商品类别', '监管方式', '订单数', '进口额（万元）'],
			[new Date(Date.UTC(2021, 0, 1)), '杭州', 'beauty', 1210, 1000, 2.6],
			[new Date(Date.UTC(2021, 1, 1)), 330100, '食品生鲜', '9610', 500, 0.8]
		] as never,
		{ dateFormat: 'yyyy-mm' } as never
	).toBlob();
	const read = await readGrid('stats.xlsx', new Uint8Array(await blob.arrayBuffer()));
	expect(read.format).toBe('xlsx');
	const proposal = propose(read);
	expect(proposal.header.titles).toEqual(['2021年跨境电商零售进口统计']);
	const v = check(read, proposal, proposal.mapping, ingestReference());
	expect(v.problems).toEqual([]);
	expect(v.columns).toEqual({
		month: ['2021-01-01', '2021-02-01'],
		city_code: ['330100', '330100'],
		category: ['beauty', 'food'],
		channel: ['1210', '9610'],
		orders: [1000, 500],
		value_cny: [26000, 8000]
	});
});

test('ArrowRowSource reads rows by index and sorts through a permutation', async () => {
	const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');
	const table = arrow.tableFromArrays({ n: Int32Array.from([3, 1, 2]), s: ['c', 'a', 'b'] });
	const esm = await import('apache-arrow');
	const source = ArrowRowSource.fromIpc(esm.tableToIPC(esm.tableFromIPC(arrow.tableToIPC(table))));
	expect(await source.rows(0, 3)).toEqual([
		[3, 'c'],
		[1, 'a'],
		[2, 'b']
	]);
	expect(await source.sorted('n').rows(0, 3)).toEqual([
		[1, 'a'],
		[2, 'b'],
		[3, 'c']
	]);
	expect(await source.sorted('s', true).rows(1, 3)).toEqual([
		[2, 'b'],
		[1, 'a']
	]);
	expect(await source.rows(0, 1)).toEqual([[3, 'c']]);
});
