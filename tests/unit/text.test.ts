import { describe, expect, test } from 'vitest';
import { clip } from '../../src/lib/format/text';

describe('clip', () => {
	test('keeps short text and cuts long text to the limit with an ellipsis', () => {
		expect(clip('Hangzhou', 20)).toBe('Hangzhou');
		expect(clip('x'.repeat(10_000), 80)).toHaveLength(80);
		expect(clip('x'.repeat(10_000), 80).endsWith('…')).toBe(true);
	});

	test('never splits a surrogate pair', () => {
		const cut = clip('😀'.repeat(10), 4);
		expect(Array.from(cut)).toEqual(['😀', '😀', '😀', '…']);
	});

	test('does not interpret markup: it is text in, text out', () => {
		expect(clip('<img src=x onerror=alert(1)>', 10)).toBe('<img src=…');
	});
});
