/**
 * The rules of Chinese typography the product holds itself to, as checks a test can run over any
 * text (catalogue entries, reference data, a rendered page): full-width punctuation in Chinese
 * sentences, no spaces next to Chinese characters, and no English words in a Chinese page except
 * the names of standards and products.
 */

/** Han characters, CJK punctuation (。、〔〕《》) and full-width forms (，；：（）！？). */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef`;

const RULES: readonly { readonly why: string; readonly re: RegExp }[] = [
	{
		why: 'ASCII punctuation after Chinese (use ，。；：！？)',
		re: new RegExp(String.raw`[${CJK}][ \u00a0]*[,.;:!?](?!\d)`, 'gu')
	},
	{
		why: 'ASCII punctuation before Chinese (use ，；：！？)',
		re: new RegExp(String.raw`[,;:!?][ \u00a0]*[${CJK}]`, 'gu')
	},
	{
		why: 'ASCII brackets around Chinese (use （）)',
		re: new RegExp(String.raw`\([ \u00a0]*\p{Script=Han}|\p{Script=Han}[ \u00a0]*\)`, 'gu')
	},
	{
		why: 'space next to Chinese',
		re: new RegExp(String.raw`[${CJK}][ \u00a0]+[^\s]|[^\s][ \u00a0]+[${CJK}]`, 'gu')
	}
];

export interface TypographyIssue {
	readonly why: string;
	/** The offending characters with a little context. */
	readonly at: string;
}

/** Every breach of the Chinese typography rules in `text` (empty when it is clean). */
export function chineseTypographyIssues(text: string): TypographyIssue[] {
	const issues: TypographyIssue[] = [];
	for (const { why, re } of RULES) {
		for (const m of text.matchAll(re)) {
			const i = m.index ?? 0;
			issues.push({ why, at: text.slice(Math.max(0, i - 6), i + m[0].length + 6) });
		}
	}
	return issues;
}

/**
 * Names of standards, formats and products that stay in Latin letters in Chinese text, and the
 * source and unit abbreviations the product uses. Longest first, so 'GB/T 2260' wins over 'GB'.
 */
export const LATIN_ALLOWED: readonly string[] = [
	'Pilot Atlas',
	'Natural Earth',
	'GB/T 2260',
	'GB18030',
	'GBK',
	'UTF-8',
	'SHA-256',
	'DuckDB',
	'WebAssembly',
	'CSV',
	'TSV',
	'XLSX',
	'Parquet',
	'Arrow IPC',
	'Arrow',
	'JSON',
	'GeoJSON',
	'TopoJSON',
	'SQL',
	'SVG',
	'PNG',
	'PDF',
	'HTML',
	'Markdown',
	'BibTeX',
	'CSS',
	'XML',
	'ZIP',
	'Unlicense',
	'B2B',
	'A4',
	'MB',
	'GB',
	'KB',
	'Ctrl',
	'Enter',
	'Spiegelhalter',
	// Authors and estimators of the outcome method, cited by name as Chinese economics writes them.
	'Callaway',
	'Sant’Anna',
	"Sant'Anna",
	'Goodman-Bacon',
	'Mammen',
	'TWFE',
	'ATT',
	'Garwood',
	'Wilson',
	'CORS',
	'RCEP',
	// The language switch names the other language in that language.
	'English'
].sort((a, b) => b.length - a.length);

/** Text that is not prose: addresses, file paths, package names, source ids, codes. */
const NOT_PROSE = [
	/https?:\/\/\S+/g,
	/@[\w-]+\/[\w-]+/g, // npm package names
	/\b[\w-]+\/[\w./-]+/g, // paths: data/reference/province_tiles.csv
	/\b[\w-]+(?:\.[\w-]+)+/g, // host and file names: english.gov.cn, README.md
	/\bS\d{1,2}\b/g, // source ids
	/\bx-xiongan\b/g,
	/\{"\w+": \[…\]\}/g // a JSON shape shown as an example
];

/** English words (two or more Latin letters) in Chinese text, other than the allowed names. */
export function englishWordsIn(text: string, allowed: readonly string[] = LATIN_ALLOWED): string[] {
	let rest = text;
	for (const re of NOT_PROSE) rest = rest.replace(re, ' ');
	for (const name of allowed) rest = rest.split(name).join(' ');
	return [...rest.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g)].map((m) => m[0]);
}
