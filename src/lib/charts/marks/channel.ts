/**
 * Channels: how a mark reads a value from each of its tidy rows — a field name or a function of
 * the row. Marks take rows as they come from a query or an analysis function.
 */
export type Channel<T, V> = ((row: T, index: number) => V) | KeysOf<T, V>;

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;

/** The value of `channel` for `row`. */
export function read<T, V>(channel: Channel<T, V>, row: T, index: number): V {
	return typeof channel === 'function'
		? channel(row, index)
		: ((row as Record<string, unknown>)[channel] as V);
}

/** Attributes a mark writes on each row's element (data-* for tests and exports). */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** What marks a reader points at have in common: attributes, the active row, activation. */
export interface Pointable<T> {
	readonly attrs?: (row: T) => Attrs;
	/** The row shown as active (outlined). */
	readonly active?: (row: T) => boolean;
	/** Called with the row the pointer, a tap or the keyboard picks (null when none). */
	readonly onactivate?: (row: T | null) => void;
	readonly class?: string;
}

/** A constant or a function of a series key (stroke and fill by series). */
export type Paint = string | ((key: string) => string);

export function paint(p: Paint, key: string): string {
	return typeof p === 'function' ? p(key) : p;
}

/** Rows grouped by a key, in order of first appearance. */
export function groupRows<T>(
	rows: readonly T[],
	key: (row: T, i: number) => string
): [string, T[]][] {
	const groups = new Map<string, T[]>();
	rows.forEach((row, i) => {
		const k = key(row, i);
		let list = groups.get(k);
		if (!list) groups.set(k, (list = []));
		list.push(row);
	});
	return [...groups];
}
