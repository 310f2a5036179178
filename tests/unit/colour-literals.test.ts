/**
 * No colour literal outside the palette (src/lib/charts/palette.ts) and the stylesheet's tokens
 * (src/app.css): anywhere else a hex colour, an rgb()/hsl() colour or a named colour stays the
 * same in dark mode and escapes the palette's checks (contrast, colour-vision deficiency).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ALLOWED = new Set(['src/lib/charts/palette.ts', 'src/app.css']);
const SCANNED = /\.(svelte|ts|js|css|html)$/;

const HEX = /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;
const NAMED =
	/(?:(?:color|fill|stroke|background(?:-color)?|border(?:-\w+)?|outline(?:-color)?)\s*[:=]\s*["']?[^;"'\n]*?|\b(?:fill|stroke)=["'])\b(white|black|red|green|blue|grey|gray|orange|yellow|purple|pink|navy|silver)\b/gi;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return SCANNED.test(name) ? [path] : [];
	});
}

/** Every colour literal in a source text, with its line number. */
export function colourLiterals(source: string): string[] {
	return source
		.split('\n')
		.flatMap((line, i) =>
			[...line.matchAll(HEX), ...line.matchAll(FUNCTION), ...line.matchAll(NAMED)].map(
				(m) => `${i + 1}: ${m[1] ?? m[0]}`
			)
		);
}

describe('colours come from the palette or the stylesheet tokens', () => {
	test('the scanner finds hex, functional and named colours, and nothing else', () => {
		expect(colourLiterals('a { fill: #e69f00; stroke: #FFF }')).toEqual(['1: #e69f00', '1: #FFF']);
		expect(colourLiterals('box-shadow: 0 2px rgb(0 0 0 / 0.1);')).toEqual(['1: rgb(']);
		expect(colourLiterals('<rect fill="white" />\nborder: 1px solid black;')).toEqual([
			'1: white',
			'2: black'
		]);
		expect(colourLiterals('<a href="#source-S1">&#38;</a> stroke: var(--ink); fill: none')).toEqual(
			[]
		);
	});

	const scanned = files('src').filter((f) => !ALLOWED.has(f.replaceAll('\\', '/')));
	test.each(scanned)('%s has no colour literal', (file) => {
		expect(colourLiterals(readFileSync(file, 'utf8'))).toEqual([]);
	});
});
