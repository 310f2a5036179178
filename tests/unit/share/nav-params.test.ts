import { describe, expect, test } from 'vitest';
import {
	carriedSearch,
	clearedSearch,
	hasSharedFilters,
	withCarried
} from '../../../src/lib/components/share/nav-params';

const p = (s: string) => new URLSearchParams(s);

describe('filters that travel', () => {
	test('links carry the valid shared filters and the language, in canonical order', () => {
		expect(carriedSearch(p('to=2023-12&prov=440000&scale=index&lang=zh&ch=1210'))).toBe(
			'ch=1210&lang=zh&prov=440000&to=2023-12'
		);
		expect(withCarried('/map', p('metric=orders'))).toBe('/map?metric=orders');
		expect(withCarried('/map', p('scale=index'))).toBe('/map');
	});

	test('malformed or hostile values stay behind', () => {
		expect(carriedSearch(p('prov=<script>&from=2021-13&lang=fr&city=330100'))).toBe('city=330100');
	});

	test('clearing keeps the page’s own parameters and the language', () => {
		expect(clearedSearch(p('month=2020-06&prov=440000&lang=zh&metric=aov'))).toBe(
			'month=2020-06&lang=zh'
		);
		expect(hasSharedFilters(p('month=2020-06&lang=zh'))).toBe(false);
		expect(hasSharedFilters(p('metric=orders'))).toBe(true);
		expect(hasSharedFilters(p('prov=999999'))).toBe(false);
	});
});
