/** The page's query string, or an empty one while prerendering (where Kit forbids reading it). */
export { currentSearch as currentSearchParams, currentUrl } from './location.svelte';
