/**
 * Embedding one chart in another site. The shell offers an embed code when the page around it
 * knows how to build one (the site's layout provides a resolver: it knows the registry of views
 * and their parameters, which the shell must not import); inside the embed route itself the
 * chart is shown alone, with a link back to its full view instead.
 */
import { createContext } from 'svelte';
import type { Locale } from '../../format/number';

export interface EmbedLinks {
	/** The embed route's address: one chart from its URL state. */
	readonly embed: string;
	/** The full view the chart comes from, with the same state. */
	readonly full: string;
}

/** The embed links of a chart with the given state, or null when it has no embed of its own. */
export type EmbedResolver = (
	chart: string,
	state: URLSearchParams,
	lang: Locale
) => Promise<EmbedLinks | null>;

const [getResolver, setResolver, hasResolver] = createContext<EmbedResolver>();

/** Lets every chart below offer an embed code (called once, in the site's layout). */
export function provideEmbedResolver(resolver: EmbedResolver): void {
	setResolver(resolver);
}

export function embedResolver(): EmbedResolver | null {
	return hasResolver() ? getResolver() : null;
}

/** What a chart shown alone in the embed route links back to. */
export interface EmbeddedView {
	/** The full view's address with the embed's valid state. */
	full(): string;
}

const [getEmbedded, setEmbedded, hasEmbedded] = createContext<EmbeddedView>();

/** Marks the charts below as an embed (called by the embed route). */
export function provideEmbedded(view: EmbeddedView): void {
	setEmbedded(view);
}

export function embeddedView(): EmbeddedView | null {
	return hasEmbedded() ? getEmbedded() : null;
}
