import { describe, expect, test } from 'vitest';
import { CATALOGUES, FEATURE_CATALOGUES } from '../../src/lib/i18n/catalogue';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	test('every feature has the same keys in English and Chinese', () => {
		for (const feature of FEATURE_CATALOGUES) {
			expect(Object.keys(feature.zh).sort()).toEqual(Object.keys(feature.en).sort());
		}
	});

	test('no message is empty and both languages use the same placeholders', () => {
		for (const [key, en] of Object.entries(CATALOGUES.en)) {
			const zh = CATALOGUES.zh[key as keyof typeof CATALOGUES.zh];
			expect(en.trim(), key).not.toBe('');
			expect(zh?.trim(), key).not.toBe('');
			expect(placeholders(zh ?? ''), key).toEqual(placeholders(en));
		}
	});

	test('no key is defined by two features', () => {
		const seen = new Map<string, number>();
		for (const feature of FEATURE_CATALOGUES) {
			for (const key of Object.keys(feature.en)) seen.set(key, (seen.get(key) ?? 0) + 1);
		}
		expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
	});
});
