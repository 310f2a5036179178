/**
 * The codes an upload may use, from the reference tables the engine holds (or the reference CSVs
 * in tests): a city by its GB/T 2260 code or its Chinese or English name, a category by id or name.
 */
import { CHANNELS } from '../schema';

export interface NamedCode {
	readonly code: string;
	readonly names: readonly string[];
}

export interface IngestReference {
	readonly cities: readonly NamedCode[];
	readonly categories: readonly NamedCode[];
	readonly violationTypes: readonly NamedCode[];
}

/** Which reference list the values of a contract column must come from. */
const DOMAINS: Readonly<Record<string, (r: IngestReference) => readonly NamedCode[]>> = {
	city_code: (r) => r.cities,
	category: (r) => r.categories,
	type: (r) => r.violationTypes,
	channel: () => CHANNELS.map((c) => ({ code: c, names: [] }))
};

const key = (s: string) =>
	s
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/(市|地区|自治州)$/, '');

/** A lookup from any accepted spelling to the code, or null when the column is free text. */
export function codeLookup(
	column: string,
	reference: IngestReference
): ReadonlyMap<string, string> | null {
	const domain = DOMAINS[column];
	if (!domain) return null;
	const map = new Map<string, string>();
	for (const { code, names } of domain(reference)) {
		map.set(key(code), code);
		for (const n of names) if (n) map.set(key(n), code);
	}
	return map;
}

/** Resolves a written code or name to its code, or undefined. */
export function resolveCode(lookup: ReadonlyMap<string, string>, text: string): string | undefined {
	return lookup.get(key(text));
}
