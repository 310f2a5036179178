/**
 * The column spec every data table and chart twin is written in: an id, a header, how to read the
 * value from a row, how to write it (numbers per column: one unit, one number of decimals), the
 * alignment and whether a reader may sort by it. Pure, so "the data behind this chart" can export
 * exactly the rows and columns the twin shows.
 */
import { columnFormat, type ColumnFormat, type NumberKind } from '../../format/column';
import type { Locale } from '../../format/number';

export type CellValue = number | string | null;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export interface Column<T> {
	readonly id: string;
	readonly header: string;
	/** The value of the cell (raw: what an export writes and tests compare). */
	value(row: T): CellValue;
	/** The text of the cell (default: the value as text). */
	format?(value: CellValue, row: T): string;
	readonly align?: 'start' | 'end';
	/** Offer sorting by this column. */
	readonly sort?: boolean;
	/** Write the raw value into `data-value` (tests and scripts read it). */
	readonly dataValue?: boolean;
	/** More attributes for each cell (`data-cohort`, `data-field` …). */
	attrs?(row: T): Attrs;
	/** A coloured key before the text. */
	key?(row: T): string | null;
	/** Cells that span the next columns (a "too few to rate" note over rate and interval). */
	span?(row: T): number;
	/** A link for the cell's text. */
	href?(row: T): string | null;
	/** A second, muted line under the text. */
	sub?(row: T): string | null;
	/** Emphasise a cell (a flagged position) or mute it (a count too small to rate). */
	tone?(row: T): 'strong' | 'muted' | null;
}

export interface TableSpec<T> {
	readonly columns: readonly Column<T>[];
	readonly rows: readonly T[];
	key(row: T): string;
	rowAttrs?(row: T): Attrs;
	/** A caption for screen readers (and the export's sheet name). */
	readonly caption?: string;
	readonly testid?: string;
	/** A total or summary row drawn emphasised. */
	isTotal?(row: T): boolean;
}

/**
 * A numeric column whose cells share one unit and one number of decimals, chosen from the
 * values the column holds — or given, when columns that are read against each other (this
 * period, the same months a year earlier) must share one.
 */
export function numberColumn<T>(
	rows: readonly T[],
	spec: Omit<Column<T>, 'value' | 'format' | 'align'> & {
		value(row: T): number | null;
		readonly kind: NumberKind;
		readonly locale: Locale;
		readonly numbers?: ColumnFormat;
	}
): Column<T> & { readonly numbers: ColumnFormat } {
	const numbers = spec.numbers ?? columnFormat(rows.map(spec.value), spec.kind, spec.locale);
	return {
		...spec,
		align: 'end',
		numbers,
		format: (v) => numbers.format(typeof v === 'number' ? v : null)
	};
}

/** The text of a cell. */
export function cellText<T>(column: Column<T>, row: T): string {
	const v = column.value(row);
	return column.format ? column.format(v, row) : v === null ? '–' : String(v);
}

/** Rows sorted by a column (numbers numerically, text by the locale's collation; gaps last). */
export function sortRows<T>(
	rows: readonly T[],
	column: Column<T> | undefined,
	direction: 'ascending' | 'descending',
	locale: Locale
): T[] {
	if (!column) return [...rows];
	const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans' : 'en');
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const va = column.value(a);
		const vb = column.value(b);
		if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
		if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
		return sign * collator.compare(String(va), String(vb));
	});
}
