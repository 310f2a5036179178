/**
 * No user-visible text outside the message catalogues: a pragmatic scan of every .svelte file under
 * src/ for literal text nodes and literal aria-label / title / placeholder / alt attributes. Markup
 * with only expressions, punctuation or numbers passes; the few literals that are the same in every
 * language (the product's name) are allowed explicitly.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Literal text that is the same in both languages. */
const ALLOWED = new Set([
	'Pilot Atlas',
	'试点图谱',
	'Pilot Atlas 试点图谱',
	'GB/T 2260',
	'CSV',
	'SQL',
	'Pilot Atlas · 试点图谱',
	// Language names are written in their own language in both interfaces.
	'English',
	'中文',
	// Examples of input, not prose: the same in both languages.
	'SELECT * FROM imports LIMIT 10',
	'https://…/file.csv'
]);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/** The markup of a component: no script, style, comments, or expressions in braces. */
function markup(source: string): string {
	let text = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	// Remove {…} expressions, innermost first, so nested braces in snippets are handled.
	for (let i = 0; i < 10 && /\{[^{}]*\}/.test(text); i++) text = text.replace(/\{[^{}]*\}/g, ' ');
	return text;
}

/** Literal user-visible strings in one component's markup. */
export function literalTexts(source: string): string[] {
	const body = markup(source);
	const found: string[] = [];
	// Punctuation around a literal (e.g. '{title} · Pilot Atlas') does not make it translatable.
	const bare = (s: string) => s.replace(/^[\s·:,.;–—|-]+|[\s·:,.;–—|-]+$/g, '');
	const wordy = (s: string) => /\p{L}{2,}/u.test(s) && !ALLOWED.has(bare(s));
	for (const m of body.matchAll(/>([^<>]+)</g)) {
		const text = m[1]!.replace(/\s+/g, ' ').trim();
		if (wordy(text)) found.push(text);
	}
	for (const m of body.matchAll(/\s(aria-label|title|placeholder|alt|content)="([^"]*)"/g)) {
		const text = m[2]!.trim();
		if (wordy(text)) found.push(`${m[1]}="${text}"`);
	}
	return found;
}

describe('every user-visible string goes through t()', () => {
	test('the scanner finds literals and ignores expressions', () => {
		expect(literalTexts('<p>Hello {name}</p><b>{t("x")}</b>')).toEqual(['Hello']);
		expect(literalTexts('<button aria-label="Close">×</button>')).toEqual(['aria-label="Close"']);
		expect(literalTexts('<script>const a = "<p>No</p>";</script><p>{a} · 3</p>')).toEqual([]);
	});

	const files = svelteFiles('src');
	test.each(files)('%s has no literal user-visible text', (file) => {
		expect(literalTexts(readFileSync(file, 'utf8'))).toEqual([]);
	});
});
