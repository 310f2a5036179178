/**
 * File names that say what is inside: product, contents, filters, data version and row count,
 * e.g. pilot-atlas_imports_phase-p2018_cat-beauty_d3f2a9c1d_12345rows.csv.
 */

const MAX_SLUG = 90;

const slug = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[^\w.-]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();

/** The base name (no extension) of an export. */
export function exportBaseName(input: {
	contents: string;
	filters: Readonly<Record<string, string>>;
	version: string;
	/** Left out for what has no rows to count (an image). */
	rows?: number;
}): string {
	const filters = Object.entries(input.filters)
		.filter(([k]) => k !== 'lang')
		.map(([k, v]) => `${k}-${v.replace(/,/g, '+')}`)
		.join('_');
	const parts = [
		'pilot-atlas',
		slug(input.contents),
		filters ? slug(filters).slice(0, MAX_SLUG) : 'all',
		`d${slug(input.version).slice(0, 8)}`,
		input.rows === undefined ? '' : `${input.rows}rows`
	];
	return parts.filter((p) => p !== '').join('_');
}

/** A short stable hash of a text (cyrb53), to name a query's export after its SQL. */
export function shortHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(0, 8);
}
