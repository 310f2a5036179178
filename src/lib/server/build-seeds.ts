/**
 * While a page is prerendered, every view's query is answered by the build-time engine and the
 * answers are collected for that page (one collection per request, found through the request's
 * async context), then embedded in its HTML for the browser to start from.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { QuerySpec } from '$lib/db/connector';
import { seedKey, SEEDS_ELEMENT_ID, type BuildAnswerer } from '$lib/perf/seed';
import type { BuildDb } from './build-db';

/** Answers larger than this (JSON characters) are left to the live engine: the page stays small. */
export const SEED_LIMIT_CHARS = 100_000;

/** A page's seeds: what was embedded and what was too large to embed. */
export interface PageSeeds {
	readonly answers: Map<string, readonly unknown[]>;
	readonly skipped: string[];
	chars: number;
}

const current = new AsyncLocalStorage<PageSeeds>();

/** Runs `render` with a fresh collection of seeds; returns its result and the collection. */
export async function collectSeeds<R>(render: (seeds: PageSeeds) => Promise<R>): Promise<R> {
	const seeds: PageSeeds = { answers: new Map(), skipped: [], chars: 0 };
	return current.run(seeds, () => render(seeds));
}

/** The answerer `QueryResult` calls while prerendering: answers, and keeps what fits. */
export function buildAnswerer(db: BuildDb): BuildAnswerer {
	return (spec: QuerySpec) => {
		const seeds = current.getStore();
		if (!seeds) return undefined; // not inside a page render
		const key = seedKey(spec);
		const known = seeds.answers.get(key);
		if (known) return known;
		const rows = db(spec);
		const chars = JSON.stringify(rows).length;
		if (chars > SEED_LIMIT_CHARS) {
			seeds.skipped.push(`${rows.length} rows`);
			return undefined; // the chart shows its loading state until the engine answers
		}
		seeds.answers.set(key, rows);
		seeds.chars += chars;
		return rows;
	};
}

/** The seeds as an inert JSON block for the page's HTML (`<` escaped: nothing can close it). */
export function seedsElement(seeds: PageSeeds): string {
	if (seeds.answers.size === 0) return '';
	const json = JSON.stringify(Object.fromEntries(seeds.answers)).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${SEEDS_ELEMENT_ID}">${json}</script>`;
}
