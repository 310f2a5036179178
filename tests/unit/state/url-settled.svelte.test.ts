/** While a brush drags the months, `settled` keeps the filters where the drag began. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { UrlState, type UrlSource } from '../../../src/lib/state/url-state.svelte';

function memorySource(initial: string): UrlSource & { replaced: boolean[] } {
	let search = $state(initial);
	const replaced: boolean[] = [];
	return {
		replaced,
		params: () => new URLSearchParams(search),
		navigate: (next, replace) => {
			search = next;
			replaced.push(replace);
		}
	};
}

describe('UrlState.settled', () => {
	it('holds the months while a drag moves them, and follows once it ends', async () => {
		const source = memorySource('phase=p2018');
		const url = new UrlState([], source);
		expect(url.settled.from).toBeNull();
		expect(url.moving).toBe(false);

		await url.update(
			{ filters: { from: '2019-01', to: '2020-06' } },
			{ replace: true, continuous: true }
		);
		await url.update(
			{ filters: { from: '2019-03', to: '2020-08' } },
			{ replace: true, continuous: true }
		);
		flushSync();
		expect(url.filters.from).toBe('2019-03');
		expect(url.moving).toBe(true);
		expect(url.settled.from).toBeNull();
		expect(url.settled.phases).toEqual(['p2018']);

		await url.update({ filters: { from: '2019-04', to: '2020-09' } });
		flushSync();
		expect(url.moving).toBe(false);
		expect(url.settled.from).toBe('2019-04');
		expect(url.settled.to).toBe('2020-09');
		expect(source.replaced).toEqual([true, true, false]);
	});

	it('follows every discrete change at once', async () => {
		const url = new UrlState([], memorySource(''));
		await url.update({ filters: { phases: ['p2020'] } });
		flushSync();
		expect(url.settled.phases).toEqual(['p2020']);
		expect(url.moving).toBe(false);
	});
});
