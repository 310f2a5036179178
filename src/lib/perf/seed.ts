/**
 * Query results computed at build time (prerender) from the same builder and the same data, so a
 * chart can be drawn before the in-browser engine is ready. While a page is prerendered every
 * `QueryResult` asks `answerAtBuild`; the answers are embedded in the page
 * (`<script type="application/json" id="pa-seeds">`, keyed by a hash of the query) and read back
 * by the same `QueryResult`s when the page starts, so hydration draws the same chart.
 */
import type { QuerySpec } from '../db/connector';
import { queryKey } from '../db/connector';

/** One query's build-time answer. `key` is the query's `queryKey`. */
export interface QuerySeed<T> {
	readonly key: string;
	readonly rows: readonly T[];
}

/** Seeds by name, as a prerendered page's `load` hands them to its panels. */
export type QuerySeeds = Readonly<Record<string, QuerySeed<unknown>>>;

/** The seed named `name`, typed for the panel that asked (undefined when none was prerendered). */
export function seedFor<T>(seeds: QuerySeeds | undefined, name: string): QuerySeed<T> | undefined {
	return seeds?.[name] as QuerySeed<T> | undefined;
}

/** Answers a query synchronously at build time, or declines (undefined). Set by the server. */
export type BuildAnswerer = (spec: QuerySpec) => readonly unknown[] | undefined;

let answerer: BuildAnswerer | null = null;

/** Installs the build-time answerer (src/hooks.server.ts, while prerendering). */
export function setBuildAnswerer(next: BuildAnswerer | null): void {
	answerer = next;
}

/** The build-time answer to `spec` while prerendering; undefined elsewhere. */
export function answerAtBuild<T>(spec: QuerySpec): T[] | undefined {
	return answerer?.(spec) as T[] | undefined;
}

/** The id of the embedded seeds element. */
export const SEEDS_ELEMENT_ID = 'pa-seeds';

/** A short, stable key for a query (53-bit cyrb53 of its SQL and parameters, and its length). */
export function seedKey(spec: QuerySpec): string {
	const text = queryKey(spec);
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return `${hash.toString(36)}.${text.length.toString(36)}`;
}

let embedded: Map<string, readonly unknown[]> | null = null;

/** The seed the prerendered page holds for `spec` (browser only; undefined when none). */
export function embeddedSeed<T>(spec: QuerySpec): QuerySeed<T> | undefined {
	if (typeof document === 'undefined') return undefined;
	embedded ??= readEmbedded();
	const rows = embedded.get(seedKey(spec));
	return rows ? { key: queryKey(spec), rows: rows as T[] } : undefined;
}

function readEmbedded(): Map<string, readonly unknown[]> {
	const text = document.getElementById(SEEDS_ELEMENT_ID)?.textContent;
	if (!text) return new Map();
	try {
		const parsed = JSON.parse(text) as Record<string, readonly unknown[]>;
		return new Map(Object.entries(parsed));
	} catch {
		return new Map(); // a damaged page: the live engine answers
	}
}
