/**
 * Colours against both backgrounds: text tokens meet WCAG AA (4.5:1) on the page and card colours
 * in light and dark; every palette colour meets the 3:1 of graphics (WCAG 1.4.11), with its dark
 * twin from app.css where it has one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COHORT_COLOURS, PHASE_COLOURS } from '../../src/lib/charts/palette';

const css = readFileSync('src/app.css', 'utf8');

/** The light and dark values of a custom property written as light-dark(a, b). */
function token(name: string): [string, string] {
	const m = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(css);
	if (!m) throw new Error(`--${name} is not a light-dark() pair`);
	return [m[1]!, m[2]!];
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** The dark-mode twin app.css gives a palette colour (fill rule), or the colour itself. */
function darkTwin(hex: string): string {
	const m = new RegExp(`\\[fill='${hex}' i\\]\\)? \\{\\s*fill: (#[0-9a-f]{6})`, 'i').exec(css);
	return m?.[1] ?? hex;
}

// Phase colours fill stacked areas and swatches that always sit beside their text label, with a
// table twin: the Okabe-Ito sky blue of 2018 (2.3:1 on white) is kept there for colour-blind safety.
// Every colour drawn as a line or mark (the cohorts) must meet 3:1 without exception.
const LIGHT_EXCEPTIONS = new Set(['p2018']);

const [paperLight, paperDark] = token('paper');
const [pageLight, pageDark] = token('paper-2');

describe('contrast in light and dark', () => {
	test.each(['ink', 'ink-2', 'ink-3', 'accent'])(
		'text colour --%s is AA on page and card',
		(name) => {
			const [light, dark] = token(name);
			for (const bg of [paperLight, pageLight])
				expect(contrast(light, bg)).toBeGreaterThanOrEqual(4.5);
			for (const bg of [paperDark, pageDark])
				expect(contrast(dark, bg)).toBeGreaterThanOrEqual(4.5);
		}
	);

	test('warning and error text is AA on its own background', () => {
		for (const [ink, bg] of [
			['warn-ink', 'warn-bg'],
			['error-ink', 'error-bg']
		]) {
			const [il, id] = token(ink!);
			const [bl, bd] = token(bg!);
			expect(contrast(il, bl)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(id, bd)).toBeGreaterThanOrEqual(4.5);
		}
	});

	test.each(Object.entries({ ...PHASE_COLOURS, ...COHORT_COLOURS }))(
		'palette colour %s (%s) is at least 3:1 on light and dark cards',
		(id, hex) => {
			if (!LIGHT_EXCEPTIONS.has(id)) expect(contrast(hex, paperLight)).toBeGreaterThanOrEqual(3);
			expect(contrast(darkTwin(hex), paperDark)).toBeGreaterThanOrEqual(3);
		}
	);

	test('the dark twin of the earliest phase stays distinct from the next two blues', () => {
		const twin = darkTwin(PHASE_COLOURS.t2016);
		expect(twin).not.toBe(PHASE_COLOURS.t2016);
		expect(contrast(twin, PHASE_COLOURS.p2018)).toBeGreaterThan(1.3);
	});
});
