/**
 * Values that keep their identity while their content is unchanged, so a URL change that leaves a
 * filter as it was does not wake what reads that filter: a query builder reads only the fields
 * it uses, and runs again only when one of those changes.
 */
import { FILTER_PARAMS, type FilterKey, type Filters } from '../model/filters';

const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

/** Equal for the values filters and view parameters hold: primitives and lists of them. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
	return a.every((v, i) => Object.is(v, b[i]));
}

/** The previous result of `next()` whenever the new one has the same content. */
export function keepSame<T>(): (next: T) => T {
	let has = false;
	let last: T;
	return (next) => {
		if (has && sameValue(last, next)) return last;
		has = true;
		last = next;
		return next;
	};
}

/**
 * One object for the life of the page whose fields are read through their own reactive values:
 * reading `filters.phases` depends on the phases alone. Fields are enumerable getters, so spreads,
 * `Object.keys` and JSON see a plain `Filters`.
 */
export function stableFilters(read: () => Filters): Filters {
	const out = {};
	for (const key of FILTER_KEYS) {
		const same = keepSame<unknown>();
		const value = $derived(same(read()[key]));
		Object.defineProperty(out, key, { get: () => value, enumerable: true });
	}
	return Object.freeze(out) as Filters;
}
