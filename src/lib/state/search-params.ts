/** The page's query string, or an empty one while prerendering (where Kit forbids reading it). */
import { building } from '$app/environment';
import { page } from '$app/state';

export function currentSearchParams(): URLSearchParams {
	return building ? new URLSearchParams() : page.url.searchParams;
}
