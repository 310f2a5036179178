/** The column spec: one format per numeric column, sorting, and whose data a view shows per table. */
import { describe, expect, test } from 'vitest';
import { cellText, numberColumn, sortRows } from '../../../src/lib/charts/table/columns';
import { statusLine, tableStatus } from '../../../src/lib/charts/shell/data-status';

const rows = [
	{ city: 'Hangzhou', value: 891e6 },
	{ city: 'Ningbo', value: 1.21e9 },
	{ city: 'Anqing', value: null }
];

describe('columns', () => {
	test('a number column writes every cell in one unit', () => {
		const col = numberColumn(rows, {
			id: 'v',
			header: 'Value',
			value: (r) => r.value,
			kind: 'cny',
			locale: 'en'
		});
		expect(rows.map((r) => cellText(col, r))).toEqual(['¥0.89 bn', '¥1.21 bn', '–']);
		expect(col.align).toBe('end');
	});

	test('sorting: numbers numerically, text by collation, gaps last either way', () => {
		const col = numberColumn(rows, {
			id: 'v',
			header: 'Value',
			value: (r) => r.value,
			kind: 'cny',
			locale: 'en'
		});
		expect(sortRows(rows, col, 'descending', 'en').map((r) => r.city)).toEqual([
			'Ningbo',
			'Hangzhou',
			'Anqing'
		]);
		expect(sortRows(rows, col, 'ascending', 'en').map((r) => r.city)).toEqual([
			'Hangzhou',
			'Ningbo',
			'Anqing'
		]);
		const name = { id: 'c', header: 'City', value: (r: (typeof rows)[number]) => r.city };
		expect(sortRows(rows, name, 'ascending', 'en').map((r) => r.city)).toEqual([
			'Anqing',
			'Hangzhou',
			'Ningbo'
		]);
	});
});

describe('data status per table', () => {
	test('sample, your data, or each table said apart', () => {
		const own = new Set(['imports']);
		const status = tableStatus(['imports', 'violations'], (t) => own.has(t));
		expect(status).toEqual([
			{ table: 'imports', own: true },
			{ table: 'violations', own: false }
		]);
		expect(statusLine(status, 'en')).toBe(
			'Your data: imports; sample data (modelled, not official): violations'
		);
		expect(statusLine(status, 'zh')).toBe(
			'您的数据：进口数据；样本数据（模型生成，非官方统计）：违规数据'
		);
		expect(
			statusLine(
				tableStatus(['imports'], () => false),
				'en'
			)
		).toBe('Sample data: modelled, not official');
		expect(
			statusLine(
				tableStatus(['imports'], () => true),
				'en'
			)
		).toBe('Your data, loaded in this browser');
		// A server whose manifest says its data is not the sample: named as the server's.
		const served = tableStatus(['imports', 'violations'], () => true);
		expect(statusLine(served, 'en', 'chart.serverData')).toBe(
			'Data of this server, not the sample'
		);
		expect(statusLine(served, 'zh', 'chart.serverData')).toBe('本服务器的数据，非样本');
		expect(statusLine([], 'en')).toBeNull();
	});
});
