/**
 * Registered views: a query builder with an id and a codec per argument, so the question it
 * answers can travel as data (a view request) and be rebuilt, checked against the same domain and
 * allow-lists, by the same builder on a server. A registered builder is called exactly like the
 * plain one; its result also carries `view`, which a server provider sends instead of the SQL.
 */
import type { JsonValue, QuerySpec } from '../db/connector';
import {
	parseFilters,
	serialiseFilters,
	type FilterDomain,
	type Filters,
	type Notice
} from '../model/filters';
import { isMonth } from '../model/months';
import { TABLES, TABLE_NAMES } from '../schema';

/** A view request that cannot be answered as asked: the message names the field and why. */
export class ViewRequestError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ViewRequestError';
	}
}

/** What decoding checks against: the domain of the data being asked about. */
export interface ArgContext {
	readonly domain: FilterDomain;
}

export interface ArgCodec<T> {
	/** What the argument is, for errors and docs ("filters", "city code" …). */
	readonly name: string;
	encode(value: T): JsonValue;
	/** The value, or a ViewRequestError saying what is wrong with `raw`. */
	decode(raw: unknown, ctx: ArgContext): T;
}

export interface ViewDef<A extends unknown[] = unknown[]> {
	readonly id: string;
	readonly args: { readonly [K in keyof A]: ArgCodec<A[K]> };
	readonly build: (...args: A) => QuerySpec;
}

/** A registered builder: call it like the plain one; `def` is its registry entry. */
export type ViewBuilder<A extends unknown[]> = ((...args: A) => QuerySpec) & {
	readonly def: ViewDef<A>;
};

/** Registers `build` as view `id` with one codec per argument. */
export function defineView<A extends unknown[]>(
	id: string,
	args: { readonly [K in keyof A]: ArgCodec<A[K]> },
	build: (...args: A) => QuerySpec
): ViewBuilder<A> {
	const def: ViewDef<A> = { id, args, build };
	const codecs = args as readonly ArgCodec<unknown>[];
	const tagged = (...values: A): QuerySpec => ({
		...build(...values),
		view: { view: id, args: values.map((v, i) => codecs[i]!.encode(v)) }
	});
	return Object.assign(tagged, { def });
}

/** The asked-for value as an error may quote it: short, and inert (odd characters become ?). */
const clip = (v: unknown) => {
	const raw = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
	const text = raw.replace(/[^\w .,:/+-]/g, '?');
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
const bad = (what: string, raw: unknown, why: string) =>
	new ViewRequestError(`${what} '${clip(raw)}' ${why}`);

const MAX_FILTERS_LENGTH = 8_000;
const WHY: Record<Notice['reason'], string> = {
	'unknown-param': 'is not a filter',
	'bad-value': 'is not a known value',
	range: 'is outside the range of the data',
	reversed: 'is after the end month (a reversed range)',
	duplicate: 'is given twice'
};

/** The global filters, as their canonical URL query string (`phase=p2018&cat=food`). */
export const FILTERS: ArgCodec<Filters> = {
	name: 'filters',
	encode: (filters) => serialiseFilters(filters).toString(),
	decode(raw, { domain }) {
		if (typeof raw !== 'string') throw bad('filters', raw, 'are not a query string');
		if (raw.length > MAX_FILTERS_LENGTH) throw bad('filters', raw, 'are too long');
		const { filters, notices } = parseFilters(new URLSearchParams(raw), domain);
		const first = notices[0];
		if (first) {
			const what = first.reason === 'unknown-param' ? 'parameter' : `filter ${first.param}`;
			throw bad(
				what,
				first.reason === 'unknown-param' ? first.param : first.value,
				WHY[first.reason]
			);
		}
		return filters;
	}
};

/** A place code of the domain (`330100`). */
export const CITY: ArgCodec<string> = {
	name: 'city code',
	encode: (code) => code,
	decode(raw, { domain }) {
		if (typeof raw !== 'string' || !domain.cities.has(raw)) {
			throw bad('city code', raw, 'is not a place of the data');
		}
		return raw;
	}
};

/** A month `YYYY-MM` within the data's months. */
export const MONTH: ArgCodec<string> = {
	name: 'month',
	encode: (month) => month,
	decode(raw, { domain }) {
		if (typeof raw !== 'string' || !isMonth(raw)) throw bad('month', raw, 'is not YYYY-MM');
		if (raw < domain.firstMonth || raw > domain.lastMonth) {
			throw bad('month', raw, 'is outside the data');
		}
		return raw;
	}
};

/** A calendar year within the data's months. */
export const YEAR: ArgCodec<number> = {
	name: 'year',
	encode: (year) => year,
	decode(raw, { domain }) {
		const first = Number(domain.firstMonth.slice(0, 4));
		const last = Number(domain.lastMonth.slice(0, 4));
		if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < first || raw > last) {
			throw bad('year', raw, `is not a year from ${first} to ${last}`);
		}
		return raw;
	}
};

/** A table of the data contract. */
export const TABLE: ArgCodec<string> = {
	name: 'table',
	encode: (name) => name,
	decode(raw) {
		if (typeof raw !== 'string' || !(TABLE_NAMES as readonly string[]).includes(raw)) {
			throw bad('table', raw, 'is not a table of the data contract');
		}
		return raw;
	}
};

const COLUMNS = new Set(TABLES.flatMap((t) => t.columns.map((c) => c.name)));

/** A sort order on a contract column, or none (the builder checks the column's table). */
export const SORT: ArgCodec<{ column: string; desc: boolean } | null> = {
	name: 'sort',
	encode: (sort) => (sort ? { column: sort.column, desc: sort.desc } : null),
	decode(raw) {
		if (raw === null) return null;
		const s = raw as { column?: unknown; desc?: unknown };
		if (typeof s !== 'object' || typeof s.column !== 'string' || typeof s.desc !== 'boolean') {
			throw bad('sort', raw, 'is not { column, desc }');
		}
		if (!COLUMNS.has(s.column)) throw bad('sort column', s.column, 'is not a column');
		return { column: s.column, desc: s.desc };
	}
};

/** The largest page of rows one request may ask for. */
export const MAX_WINDOW_ROWS = 10_000;

/** A window of rows (offset, limit), or the whole result. */
export const WINDOW: ArgCodec<{ offset: number; limit: number } | undefined> = {
	name: 'window',
	encode: (w) => (w ? { offset: w.offset, limit: w.limit } : null),
	decode(raw) {
		if (raw === null || raw === undefined) return undefined;
		const w = raw as { offset?: unknown; limit?: unknown };
		const int = (v: unknown, max: number) =>
			typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
		if (typeof w !== 'object' || !int(w.offset, 2 ** 40) || !int(w.limit, MAX_WINDOW_ROWS)) {
			throw bad('window', raw, `is not { offset, limit ≤ ${MAX_WINDOW_ROWS} }`);
		}
		return { offset: w.offset as number, limit: w.limit as number };
	}
};
