/** The link to a city's page, keeping the interface language. */
import { resolve } from '$app/paths';

/** `/city/<code>` (the city page), with `?lang=` when the interface is not in English. */
export function cityHref(code: string, lang: string | null): string {
	const href = resolve('/city/[code]', { code });
	return lang && lang !== 'en' ? `${href}?lang=${lang}` : href;
}
