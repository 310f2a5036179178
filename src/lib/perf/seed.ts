/**
 * A query result computed at build time (prerender) from the same builder and the same data, so a
 * chart can be drawn before the in-browser engine is ready. `key` is the query's `queryKey`.
 */
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
