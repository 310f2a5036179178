/** Values that keep their identity while their content is unchanged (the stable filters' rule). */
import { describe, expect, it } from 'vitest';
import { keepSame, sameValue } from '../../../src/lib/state/stable.svelte';

describe('keepSame', () => {
	it('returns the earlier value while the content is equal', () => {
		const same = keepSame<readonly string[] | string | null>();
		const a = same(['x', 'y']);
		expect(same(['x', 'y'])).toBe(a);
		expect(same(['y'])).toEqual(['y']);
		expect(same(null)).toBeNull();
		expect(same('2020-01')).toBe('2020-01');
	});

	it('compares primitives and lists of primitives', () => {
		expect(sameValue(null, null)).toBe(true);
		expect(sameValue(['a'], ['a'])).toBe(true);
		expect(sameValue(['a'], ['a', 'b'])).toBe(false);
		expect(sameValue('1', 1)).toBe(false);
		expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
	});
});
