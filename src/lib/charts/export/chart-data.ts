/**
 * "The data behind this chart": the chart's table twin — its rows and columns as the shell shows
 * them, raw values rather than formatted text — as an Arrow table, written by the workbench's
 * export writers (src/lib/export) in every format they know — spreadsheet-safe text, provenance
 * per table read, the filters by name and code — plus what
 * the chart says about itself (title, filters in words and codes, units, source, event key,
 * brushed range, address). Pure: tables in, files out.
 */
import {
	Field,
	Float64,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Utf8,
	makeData,
	tableToIPC
} from 'apache-arrow';
import type { CellValue, TableSpec } from '../table/columns';
import type { ResolvedContext } from '../shell/context';
import { writeExport, type ExportFile, type ExportFormat } from '../../export/formats';
import { provenance, versionTag, type DataVersion } from '../../export/provenance';
import { exportBaseName } from '../../export/filename';
import { namedFilters } from '../../export/filter-names';

export interface TwinColumn {
	readonly id: string;
	/** The column's header as the reader sees it (made unique within the table). */
	readonly name: string;
	readonly values: readonly CellValue[];
}

/** The twin's columns in order, each with its raw values in the rows' order. */
export function twinColumns<T>(spec: TableSpec<T>): TwinColumn[] {
	const seen = new Set<string>();
	return spec.columns.map((column) => {
		let name = column.header.trim() || column.id;
		if (seen.has(name)) name = `${name} (${column.id})`;
		seen.add(name);
		return { id: column.id, name, values: spec.rows.map((row) => column.value(row)) };
	});
}

/** Bit i set where a value is present (Arrow's validity bitmap), and how many are missing. */
function validity(values: readonly CellValue[]): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { nullBitmap, nullCount };
}

// Arrow's builders (vectorFromArray) compile a function from a string, which the site's CSP
// forbids ('unsafe-eval'); the buffers are written directly instead.
function numberData(values: readonly CellValue[]) {
	const data = Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0));
	return makeData({ type: new Float64(), length: values.length, data, ...validity(values) });
}

function textData(values: readonly CellValue[]) {
	const encoder = new TextEncoder();
	const bytes = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
	const valueOffsets = new Int32Array(values.length + 1);
	bytes.forEach((b, i) => (valueOffsets[i + 1] = valueOffsets[i]! + b.length));
	const data = new Uint8Array(valueOffsets[values.length]!);
	bytes.forEach((b, i) => data.set(b, valueOffsets[i]!));
	return makeData({
		type: new Utf8(),
		length: values.length,
		valueOffsets,
		data,
		...validity(values)
	});
}

/** The twin as Arrow IPC: numeric columns as doubles, every other column as text. */
export function twinToIpc<T>(spec: TableSpec<T>): Uint8Array {
	const columns = twinColumns(spec);
	const children = columns.map((c) =>
		c.values.every((v) => v === null || typeof v === 'number')
			? numberData(c.values)
			: textData(c.values)
	);
	const fields = columns.map((c, i) => new Field(c.name, children[i]!.type, true));
	const data = makeData({
		type: new Struct(fields),
		length: spec.rows.length,
		nullCount: 0,
		children
	});
	return tableToIPC(new Table(new RecordBatch(new Schema(fields), data)), 'stream');
}

/** What the chart says about itself, for the provenance record. */
export function chartProvenance(name: string, context: ResolvedContext, table?: string) {
	return {
		view: name,
		title: context.title,
		table: table ?? null,
		filters_in_words: context.subtitle ?? '',
		units: context.units,
		source: context.source,
		data_status: context.statusLine ?? '',
		notes: context.notes ?? [],
		events: (context.events ?? []).map((e) => `${e.n}. ${e.date}: ${e.label}`),
		selected_range: context.range ?? null,
		url: context.url,
		rows_are: 'the rows and columns of the chart’s table, as shown, with unformatted values'
	};
}

/** The files of the data behind a chart: one export per table of the twin. */
export async function chartDataFiles(input: {
	format: ExportFormat;
	name: string;
	context: ResolvedContext;
	tables: readonly TableSpec<unknown>[];
	data: DataVersion;
	exportedAt: Date;
}): Promise<ExportFile[]> {
	const { context, data } = input;
	const files: ExportFile[] = [];
	for (const [i, spec] of input.tables.entries()) {
		const suffix = input.tables.length > 1 ? `-${i + 1}` : '';
		const chart = chartProvenance(input.name, context, spec.caption);
		const record = {
			...provenance({
				contents: [context.title, context.subtitle, context.units].filter(Boolean).join(' · '),
				filters: context.filterParams,
				sql: '',
				params: [],
				data,
				rows: spec.rows.length,
				exportedAt: input.exportedAt,
				tablesRead: context.tables,
				filtersNamed: namedFilters(context.filterParams),
				textCells: 'safe'
			}),
			chart
		};
		const base = exportBaseName({
			contents: `chart-${input.name}${suffix}`,
			filters: context.filterParams,
			version: versionTag(data),
			rows: spec.rows.length
		});
		files.push(...(await writeExport(input.format, twinToIpc(spec), base, record)));
	}
	return files;
}
